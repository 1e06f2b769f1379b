/**
 * The committee's evaluation of forwarded admission files: a score sheet per application from the
 * intake's criteria and weights, its weighted total, and the ranking of a programme's candidates.
 */
package org.passage.admissions.evaluation;
