/**
 * Business days and public holidays in Türkiye, for deadlines counted in business days.
 */
package org.passage.calendar;
