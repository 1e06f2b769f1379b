package org.passage.calendar;

import java.time.LocalDate;

/**
 * The dates any input may name: 1900 to 2200. Java's dates reach year ±999,999,999, where holiday
 * tables, business-day arithmetic and the database's own date type fail; nothing a person applies
 * for lies outside this range, so input beyond it is refused as invalid rather than computed on.
 */
public final class SaneDates {

    /** The first date accepted. */
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    /** The last date accepted. */
    public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

    private SaneDates() {
    }

    /** Whether {@code date} lies from {@link #FIRST} to {@link #LAST}, both included. */
    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
