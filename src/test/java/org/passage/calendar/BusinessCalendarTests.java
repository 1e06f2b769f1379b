package org.passage.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BusinessCalendarTests {

    private static final BusinessCalendar calendar = new BusinessCalendar();

    @Test
    void saturdayAndSundayAreNoBusinessDays() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 1, 10))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 1, 11))).isFalse();
    }

    @Test
    void aPublicHolidayOnATuesdayIsNoBusinessDay() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 19))).isFalse();
    }

    @Test
    void anOrdinaryWednesdayIsABusinessDay() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 1, 14))).isTrue();
    }

    @Test
    void theHalfDayArifeBeforeKurbanBayramiIsABusinessDay() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 26))).isTrue();
    }

    @Test
    void theHalfDayBeforeRepublicDayIsABusinessDay() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 10, 28))).isTrue();
    }

    @Test
    void fridayPlusOneBusinessDayIsMonday() {
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void oneBusinessDayAfterTheEveOfThreeDayRamazanBayramiIsTheMondayAfterIt() {
        // Thursday 19 March 2026; Ramazan Bayramı is Friday 20 to Sunday 22 March.
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 19), 1)).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void oneBusinessDayAfterTheEveOfKurbanBayramiSkipsTheWholeBayram() {
        // Tuesday 26 May 2026; Kurban Bayramı is Wednesday 27 to Saturday 30 May.
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 5, 26), 1)).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void twentyBusinessDaysFrom18May2026SkipYouthDayAndKurbanBayramiAndEndOn19June() {
        // Without holidays this would be Monday 15 June; 19 May and 27-29 May are four weekdays off.
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 5, 18), 20)).isEqualTo(LocalDate.of(2026, 6, 19));
    }

    @Test
    void zeroBusinessDaysFromABusinessDayIsThatDay() {
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 19), 0)).isEqualTo(LocalDate.of(2026, 3, 19));
    }

    @Test
    void zeroBusinessDaysFromAHolidayIsTheNextBusinessDay() {
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 20), 0)).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void businessDaysCountAcrossTheTurnOfTheYear() {
        // Wednesday 31 December 2025; Thursday 1 January 2026 is New Year's Day.
        assertThat(calendar.addBusinessDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void aNegativeNumberOfBusinessDaysIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addBusinessDays(LocalDate.of(2026, 1, 5), -1));
    }
}
