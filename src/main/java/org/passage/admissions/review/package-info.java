/**
 * The directive's yearly review in April (§4): the staff home reminds the university's academic
 * affairs (its administrator on the admission desk) from April 1 until the year's review is recorded.
 */
package org.passage.admissions.review;
