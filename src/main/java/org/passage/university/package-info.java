/**
 * The university's international office on a student's way from acceptance letter to residence
 * permit: the student starts a residence application from the letter's code, and the office takes
 * in the documents of step 8 (received or missing per checklist item, a note, forwarded to the
 * directorate), which the student's status page and the officer's case page show. Only students who
 * consented, of the office's own university, are ever in reach.
 */
@org.springframework.modulith.ApplicationModule(displayName = "University office")
@org.jspecify.annotations.NullMarked
package org.passage.university;
