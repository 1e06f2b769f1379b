/**
 * German national visa (long stay): the assessment of a case by the {@code de-national-visa}
 * rulebook, with visa type, copies, fees per person and the foreigners' authority timeline,
 * and the checklist wizard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "German national visa")
@org.jspecify.annotations.NullMarked
package org.passage.visa;
