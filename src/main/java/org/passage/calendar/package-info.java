/**
 * Business days and public holidays in Türkiye, for deadlines counted in business days.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business calendar")
@org.jspecify.annotations.NullMarked
package org.passage.calendar;
