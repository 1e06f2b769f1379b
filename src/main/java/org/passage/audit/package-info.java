/**
 * The append-only audit trail: every change and every view of personal data by staff, with who,
 * when, what, on which subject, why and by which rulebook version. The table refuses updates and
 * deletes, so nothing in the application can edit the record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
@org.jspecify.annotations.NullMarked
package org.passage.audit;
