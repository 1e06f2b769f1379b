/**
 * Retention of admission records (§8): once an application has been closed (rejected, closed as
 * not eligible, offer declined) for the university's retention period, its documents and personal
 * data go and an anonymised archive of its states and dates stays. Everything lives in
 * {@code internal}: a scheduled job.
 */
package org.passage.admissions.retention;
