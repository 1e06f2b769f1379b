package org.passage.calendar;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Checked against the official list of public holidays in Türkiye (Law No. 2429; bayram dates as announced
 * by the Presidency of Religious Affairs).
 */
class PublicHolidaysTests {

    private static final BusinessCalendar calendar = new BusinessCalendar();

    @Test
    void theHolidaysOf2026AreExactlyTheFourteenOfficialDays() {
        assertThat(calendar.holidays(2026)).extracting(PublicHoliday::date).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22),
                LocalDate.of(2026, 4, 23),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 19),
                LocalDate.of(2026, 5, 27), LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 29),
                LocalDate.of(2026, 5, 30),
                LocalDate.of(2026, 7, 15),
                LocalDate.of(2026, 8, 30),
                LocalDate.of(2026, 10, 29));
    }

    @Test
    void jollydaysTurkeyAlreadyHasAllSevenFixedHolidays() {
        assertThat(calendar.holidays(2026)).extracting(PublicHoliday::key).contains(
                "NEW_YEAR", "TURKEY_CHILDRENS_DAY", "LABOUR_DAY", "TURKEY_COMMEMORATION_OF_ATATURK",
                "TURKEY_DEMOCRATIC_UNITY_DAY", "TURKEY_VICTORY_DAY", "TURKEY_REPUBLIC_DAY");
    }

    @Test
    void ramazanBayramiOf2026LastsThreeDaysFrom20March() {
        assertThat(bayramDays(2026, "RAMAZAN")).containsExactly(
                tuple(LocalDate.of(2026, 3, 20), "RAMAZAN_BAYRAMI_DAY_1"),
                tuple(LocalDate.of(2026, 3, 21), "RAMAZAN_BAYRAMI_DAY_2"),
                tuple(LocalDate.of(2026, 3, 22), "RAMAZAN_BAYRAMI_DAY_3"));
    }

    @Test
    void kurbanBayramiOf2026LastsFourDaysFrom27May() {
        assertThat(bayramDays(2026, "KURBAN")).containsExactly(
                tuple(LocalDate.of(2026, 5, 27), "KURBAN_BAYRAMI_DAY_1"),
                tuple(LocalDate.of(2026, 5, 28), "KURBAN_BAYRAMI_DAY_2"),
                tuple(LocalDate.of(2026, 5, 29), "KURBAN_BAYRAMI_DAY_3"),
                tuple(LocalDate.of(2026, 5, 30), "KURBAN_BAYRAMI_DAY_4"));
    }

    @Test
    void ramazanBayramiOf2025RunsFrom30MarchTo1April() {
        assertThat(bayramDates(2025, "RAMAZAN")).containsExactly(
                LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1));
    }

    @Test
    void kurbanBayramiOf2025RunsFrom6To9June() {
        assertThat(bayramDates(2025, "KURBAN")).containsExactly(
                LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 7), LocalDate.of(2025, 6, 8),
                LocalDate.of(2025, 6, 9));
    }

    @Test
    void kurbanBayramiThatBeganOn31December2006ContinuesIntoJanuary2007() {
        // 2006 had two: 10-13 January and the one beginning on 31 December.
        assertThat(bayramDays(2006, "KURBAN")).endsWith(
                tuple(LocalDate.of(2006, 12, 31), "KURBAN_BAYRAMI_DAY_1"));
        assertThat(bayramDays(2007, "KURBAN")).startsWith(
                tuple(LocalDate.of(2007, 1, 1), "KURBAN_BAYRAMI_DAY_2"),
                tuple(LocalDate.of(2007, 1, 2), "KURBAN_BAYRAMI_DAY_3"),
                tuple(LocalDate.of(2007, 1, 3), "KURBAN_BAYRAMI_DAY_4"));
    }

    @Test
    void aBayramDayOnASundayIsStillAPublicHoliday() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 3, 22))).isTrue();
    }

    @Test
    void anOrdinaryWeekendIsNoPublicHoliday() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 3, 28))).isFalse();
    }

    @Test
    void arifeBeforeABayramIsNoPublicHoliday() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 5, 26))).isFalse();
    }

    @Test
    void everyHolidayCarriesItsTurkishEnglishAndGermanName() {
        assertThat(calendar.holidays(2026)).filteredOn(h -> h.date().equals(LocalDate.of(2026, 3, 21)))
                .extracting(PublicHoliday::name)
                .containsExactly(new LocalizedName("Ramazan Bayramı (2. gün)", "Eid al-Fitr (day 2)",
                        "Ramadanfest (2. Tag)"));
        assertThat(calendar.holidays(2026)).filteredOn(h -> h.key().equals("TURKEY_CHILDRENS_DAY"))
                .extracting(PublicHoliday::name)
                .containsExactly(new LocalizedName("Ulusal Egemenlik ve Çocuk Bayramı",
                        "National Sovereignty and Children's Day",
                        "Tag der nationalen Souveränität und der Kinder"));
    }

    private static List<Tuple> bayramDays(int year, String bayram) {
        return calendar.holidays(year).stream()
                .filter(h -> h.key().startsWith(bayram + "_BAYRAMI"))
                .map(h -> tuple(h.date(), h.key()))
                .toList();
    }

    private static List<LocalDate> bayramDates(int year, String bayram) {
        return calendar.holidays(year).stream()
                .filter(h -> h.key().startsWith(bayram + "_BAYRAMI"))
                .map(PublicHoliday::date)
                .toList();
    }
}
