package org.passage.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One parser per field kind, the same on every page: each kind in each of the three languages. */
class FieldParsersTest {

    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final Locale DE = Locale.GERMAN;
    private static final Locale EN = Locale.ENGLISH;

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
            "tr | 45.000     | 45000",
            "tr | 45.000,50  | 45000.50",
            "tr | 45000,5    | 45000.5",
            "tr | 1.234.567  | 1234567",
            "tr | 12.5       | 12.5",
            "de | 45.000     | 45000",
            "de | 45.000,50  | 45000.50",
            "de | 30 000     | 30000",
            "en | 45,000.50  | 45000.50",
            "en | 45,000     | 45000",
            "en | 45000.5    | 45000.5",
            "en | 12,5       | 12.5"})
    void moneyIsReadAsThePagesLanguageWritesIt(String language, String typed, BigDecimal amount) {
        assertThat(FieldParsers.money(typed, Locale.forLanguageTag(language))).isEqualByComparingTo(amount);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is no amount")
    @CsvSource(delimiter = '|', value = {
            "tr | 45,000.50", "tr | 45.00.0", "tr | 12,345", "tr | abc", "tr | -5",
            "de | 45,000.50", "de | 1,2,3",
            "en | 45.000,50", "en | 1.000", "en | 12.345", "en | 4 5x"})
    void moneyInAnotherLanguagesConventionIsRefused(String language, String typed) {
        assertThat(FieldParsers.money(typed, Locale.forLanguageTag(language))).isNull();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
            "tr | 12     | 12", "tr | 1.000 | 1000",
            "de | 12     | 12", "de | 1.000 | 1000",
            "en | 12     | 12", "en | 1,000 | 1000"})
    void wholeNumbersAreReadWithTheLanguagesGrouping(String language, String typed, int number) {
        assertThat(FieldParsers.number(typed, Locale.forLanguageTag(language))).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is no whole number")
    @CsvSource(delimiter = '|', value = {"tr | 12,5", "tr | twelve", "de | 1,5", "en | 1.5", "en | 9999999999"})
    void fractionsAndWordsAreNoWholeNumbers(String language, String typed) {
        assertThat(FieldParsers.number(typed, Locale.forLanguageTag(language))).isNull();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" scores {2}")
    @CsvSource(delimiter = '|', value = {"tr | 85,5 | 85.5", "de | 3,75 | 3.75", "en | 85.5 | 85.5",
            "tr | 1.250 | 1250", "en | 1,250 | 1250"})
    void decimalsAreReadAsThePagesLanguageWritesThem(String language, String typed, BigDecimal value) {
        assertThat(FieldParsers.decimal(typed, Locale.forLanguageTag(language))).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"YES", "yes", " Yes "})
    void yesIsYesInAnyCase(String typed) {
        assertThat(FieldParsers.yesNo(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "no"})
    void noIsNoInAnyCase(String typed) {
        assertThat(FieldParsers.yesNo(typed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "evet", "ja", "1"})
    void anythingElseIsNeitherYesNorNo(String typed) {
        assertThat(FieldParsers.yesNo(typed)).isNull();
    }

    @Test
    void aDateIsReadFromItsThreeInputs() {
        assertThat(FieldParsers.date("1", "5", "2006")).isEqualTo(LocalDate.of(2006, 5, 1));
        assertThat(FieldParsers.date(" 01 ", "05", "2006")).isEqualTo(LocalDate.of(2006, 5, 1));
    }

    @ParameterizedTest(name = "{0}.{1}.{2} is no date")
    @CsvSource({"31,2,2006", "1,13,2006", "1,5,06", "1,5,+2006", "x,5,2006", "1,5,99999"})
    void impossibleDatesAndShortYearsAreNoDates(String day, String month, String year) {
        assertThat(FieldParsers.date(day, month, year)).isNull();
    }

    @Test
    void aBrowsersDateInputIsReadInEveryLanguageAlike() {
        assertThat(FieldParsers.isoDate("2026-09-01")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(FieldParsers.isoDate("01.09.2026")).isNull();
        assertThat(FieldParsers.isoDate("+999999999-12-31")).isNull();
    }

    @Test
    void aCountryIsACodeOfTheLocalizedListInAnyCase() {
        assertThat(FieldParsers.country("tr")).isEqualTo("TR");
        assertThat(FieldParsers.country("CY-TRNC")).isEqualTo("CY-TRNC");
        assertThat(FieldParsers.country("XK")).isEqualTo("XK");
        assertThat(FieldParsers.country("12")).isNull();
        assertThat(FieldParsers.country("Turkey")).isNull();
    }

    @Test
    void aChoiceIsOneOfItsCodesExactly() {
        assertThat(FieldParsers.choice("STUDY", List.of("STUDY", "WORK"))).isEqualTo("STUDY");
        assertThat(FieldParsers.choice("study", List.of("STUDY", "WORK"))).isNull();
        assertThat(FieldParsers.choice("12", List.of("STUDY", "WORK"))).isNull();
    }

    @Test
    void textIsStrippedAndBlankIsNoAnswer() {
        assertThat(FieldParsers.text("  Ankara Üniversitesi ")).isEqualTo("Ankara Üniversitesi");
        assertThat(FieldParsers.text("   ")).isNull();
        assertThat(FieldParsers.text("12")).isEqualTo("12");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"tr | 1 Ekim 2026", "de | 1. Oktober 2026", "en | October 1, 2026"})
    void datesInAnswersAreWrittenInThePagesLanguage(String language, String written) {
        assertThat(FieldParsers.formatDate(LocalDate.of(2026, 10, 1), Locale.forLanguageTag(language)))
                .isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"tr | 45.000,5", "de | 45.000,5", "en | 45,000.5"})
    void numbersInAnswersAreWrittenInThePagesLanguageAndReadBack(String language, String written) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(FieldParsers.formatNumber(new BigDecimal("45000.5"), locale)).isEqualTo(written);
        assertThat(FieldParsers.money(written, locale)).isEqualByComparingTo("45000.5");
    }
}
