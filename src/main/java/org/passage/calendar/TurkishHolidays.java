package org.passage.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Türkiye's public holidays from Jollyday, with each bayram completed to its length in law.
 */
final class TurkishHolidays {

    /**
     * The bayrams Jollyday gives only by their first day (Law No. 2429, Article 2: Ramazan Bayramı 3 days,
     * Kurban Bayramı 4 days, each after a half-day arife that stays a working day here).
     */
    private enum Bayram {
        RAMAZAN("islamic.ID_AL_FITR", "RAMAZAN_BAYRAMI_DAY_", 3),
        KURBAN("islamic.ID_UL_ADHA", "KURBAN_BAYRAMI_DAY_", 4);

        private final String jollydayKey;
        private final String keyPrefix;
        private final int days;

        Bayram(String jollydayKey, String keyPrefix, int days) {
            this.jollydayKey = jollydayKey;
            this.keyPrefix = keyPrefix;
            this.days = days;
        }

        static Optional<Bayram> beginningWith(Holiday holiday) {
            return Arrays.stream(values()).filter(b -> b.jollydayKey.equals(holiday.getPropertiesKey())).findFirst();
        }
    }

    private final HolidayManager jollyday =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.TURKEY));
    private final HolidayNames names = new HolidayNames();

    List<PublicHoliday> of(int year) {
        // A bayram that begins late in December (Kurban Bayramı 2006) continues into the next January.
        return Stream.of(year - 1, year)
                .flatMap(y -> jollyday.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY).stream())
                .flatMap(this::complete)
                .filter(holiday -> holiday.date().getYear() == year)
                .sorted(Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::key))
                .toList();
    }

    private Stream<PublicHoliday> complete(Holiday holiday) {
        return Bayram.beginningWith(holiday)
                .map(bayram -> IntStream.rangeClosed(1, bayram.days)
                        .mapToObj(day -> named(holiday, day - 1, bayram.keyPrefix + day)))
                .orElseGet(() -> Stream.of(named(holiday, 0, holiday.getPropertiesKey())));
    }

    private PublicHoliday named(Holiday first, int daysLater, String key) {
        return new PublicHoliday(first.getDate().plusDays(daysLater), key, names.of(key));
    }
}
