/**
 * The university's admission desk: universities, intakes and programme quotas as data, and the
 * admission application aggregate that guards its own states and keeps an append-only history.
 */
package org.passage.admissions.desk;
