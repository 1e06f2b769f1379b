package org.passage.calendar;

import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business days in Türkiye: Monday to Friday except public holidays; the half-day arife before a bayram and
 * 28 October count as business days.
 */
@Component
public class BusinessCalendar {

    private final TurkishHolidays turkishHolidays = new TurkishHolidays();
    private final Map<Integer, List<PublicHoliday>> holidaysByYear = new ConcurrentHashMap<>();

    /**
     * Whether {@code date} is a weekday that is not a public holiday.
     */
    public boolean isBusinessDay(LocalDate date) {
        return !isWeekend(date) && !isPublicHoliday(date);
    }

    /**
     * The {@code n}-th business day after {@code from}; for {@code n = 0}, {@code from} itself if it is a
     * business day, otherwise the next business day.
     */
    public LocalDate addBusinessDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        LocalDate day = from;
        if (n == 0) {
            while (!isBusinessDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The public holidays of {@code year} in date order, one entry per day off (a day can carry two holidays).
     */
    public List<PublicHoliday> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, turkishHolidays::of);
    }

    /**
     * Whether {@code date} is a public holiday, whatever day of the week it falls on.
     */
    public boolean isPublicHoliday(LocalDate date) {
        return holidays(date.getYear()).stream().anyMatch(holiday -> holiday.date().equals(date));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
