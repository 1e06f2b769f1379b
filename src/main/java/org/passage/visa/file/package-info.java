/**
 * The German visa file: a checklist result saved by the applicant (signed in by e-mail and
 * one-time code), uploads per checklist item and person, the completeness check, the appointment
 * at an application centre, and the centre's counter and the consulate's decision.
 */
@org.jspecify.annotations.NullMarked
package org.passage.visa.file;
