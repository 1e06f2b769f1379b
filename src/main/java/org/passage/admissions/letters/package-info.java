/**
 * Acceptance letters and enrolment of the admission desk (§7.6, §7.8): a PDF letter for every
 * admitted candidate carrying an unguessable verification code and its QR code, issued one by one
 * or for a whole intake; the public verification page and API; and the registrar's enrolment with a
 * student number unique within the university.
 */
package org.passage.admissions.letters;
