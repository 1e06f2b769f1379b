/**
 * Türkiye residence permits (Law 6458): the assessment of a case by the {@code tr-residence}
 * rulebook, the checklist wizard, and later the applicant's e-residence journey.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Residence permits")
@org.jspecify.annotations.NullMarked
package org.passage.residence;
