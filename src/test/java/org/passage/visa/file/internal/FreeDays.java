package org.passage.visa.file.internal;

import java.time.LocalDate;
import org.passage.calendar.BusinessCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Days of a centre that still have places, for tests that book: the test database may be kept
 * between runs, so a fixed day fills up.
 */
final class FreeDays {

    private FreeDays() {
    }

    /** Places already taken of the centre's day. */
    static int taken(JdbcClient jdbc, String centre, LocalDate day) {
        return jdbc.sql("SELECT COALESCE(SUM(taken), 0) FROM place_pool WHERE pool = ?")
                .param(VisaFileDesk.pool(centre, day).value()).query(Integer.class).single();
    }

    /**
     * The first business day from {@code from} on which at least {@code free} of the centre's places
     * are left, searching forwards, or backwards when {@code step} is -1.
     */
    static LocalDate withPlaces(JdbcClient jdbc, BusinessCalendar calendar, VisaCentres centres, String centre,
            LocalDate from, int free, int step) {
        VisaCentres.Centre c = centres.find(centre).orElseThrow();
        for (LocalDate day = from; ; day = day.plusDays(step)) {
            int capacity = centres.placesOn(c, day);
            if (calendar.isBusinessDay(day) && capacity > 0 && capacity - taken(jdbc, centre, day) >= free) {
                return day;
            }
        }
    }
}
