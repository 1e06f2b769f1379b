/**
 * The candidate's side of the admission desk: sign-in by e-mail and one-time code, an application
 * for an open intake with ranked programmes and the eligibility questions, the documents the
 * directive requires, submission by the deadline, the state of each application, and the answer
 * to an offer. Everything lives in {@code internal}; staff see the submitted files in the desk's queue.
 */
package org.passage.admissions.candidate;
