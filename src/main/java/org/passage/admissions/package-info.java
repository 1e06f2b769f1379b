/**
 * Admission of students from abroad: the {@code university-admission} assessment (§7.2 eligibility,
 * §7.3 exams scored against the university's exam table), the quota and scholarship arithmetic of
 * the directive, and the candidate's eligibility checker page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admissions")
@org.jspecify.annotations.NullMarked
package org.passage.admissions;
