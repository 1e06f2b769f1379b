package org.passage.appointments;

import java.time.DayOfWeek;

/**
 * The places a directorate offers on each weekday, 0 to {@value #MAX} each; Saturdays and Sundays
 * have none.
 */
public record WeeklyCapacity(int monday, int tuesday, int wednesday, int thursday, int friday) {

    /** The most places a directorate may offer on one day. */
    public static final int MAX = 10_000;

    public WeeklyCapacity {
        for (int places : new int[] {monday, tuesday, wednesday, thursday, friday}) {
            if (places < 0 || places > MAX) {
                throw new IllegalArgumentException("places per day are 0 to " + MAX + ", was " + places);
            }
        }
    }

    /** The same places on every weekday. */
    public static WeeklyCapacity everyWeekday(int places) {
        return new WeeklyCapacity(places, places, places, places, places);
    }

    /** The places on {@code day}; none at the weekend. */
    public int on(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> monday;
            case TUESDAY -> tuesday;
            case WEDNESDAY -> wednesday;
            case THURSDAY -> thursday;
            case FRIDAY -> friday;
            case SATURDAY, SUNDAY -> 0;
        };
    }
}
