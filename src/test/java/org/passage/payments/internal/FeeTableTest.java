package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passage.payments.internal.FeeTable.Period;
import org.passage.payments.internal.FeeTable.Status;

/** The shipped fee table is valid and honest; a broken one is refused naming the file and the item. */
class FeeTableTest {

    private static final String CARD_2026_CITATION =
            "\n            citation: {source: DKK, section: \"Tablo 4\"}\n          - from: 2027";

    private final FeeTable table = FeeTable.load(FeeTable.DEFAULT_LOCATION);

    @Test
    void theShippedTableCitesEveryPeriodAndExemption() {
        assertThat(table.items()).isNotEmpty().allSatisfy(item -> item.rates().forEach(rate ->
                assertThat(rate.periods()).allSatisfy(p -> assertThat(table.source(p.citation())).isNotBlank())));
    }

    @Test
    void aFigureNotTakenFromAnOfficialTextSaysWhereItWasSeen() {
        assertThat(table.items()).allSatisfy(item -> item.rates().forEach(rate -> assertThat(rate.periods())
                .filteredOn(p -> p.status() != Status.OFFICIAL)
                .allSatisfy(p -> assertThat(p.note()).isNotBlank())));
    }

    @Test
    void theCardFeeOf2026IsTheOfficialFigureOfTheGazette() {
        Period card = table.period(table.item("CARD_FEE").orElseThrow(), "GENERAL", LocalDate.of(2026, 11, 21))
                .orElseThrow();
        assertThat(card.status()).isEqualTo(Status.OFFICIAL);
        assertThat(card.amount()).isEqualByComparingTo("964.00");
        assertThat(table.source(card.citation())).contains("Sıra No: 97", "24.12.2025", "33117");
    }

    @Test
    void noPermitFeeFigureIsPresentedAsOfficial() {
        assertThat(table.item("PERMIT_FEE").orElseThrow().rates()).allSatisfy(rate ->
                assertThat(rate.periods()).extracting(Period::status).doesNotContain(Status.OFFICIAL));
    }

    @Test
    void studentsExceptAtSchoolsOutsideTheMinistryAreExemptFromThePermitFee() {
        LocalDate day = LocalDate.of(2026, 11, 21);
        assertThat(table.exemption("PERMIT_FEE", "STUDENT", "BACHELOR", day)).isPresent();
        assertThat(table.exemption("PERMIT_FEE", "STUDENT", "NON_MEB_SCHOOL", day)).isEmpty();
        assertThat(table.exemption("CARD_FEE", "STUDENT", "BACHELOR", day)).isEmpty();
    }

    @Test
    void overlappingPeriodsAreRefused() {
        String yaml = valid().replace("to: 2026-12-31", "to: 2027-03-31");
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml)).hasMessageContaining("broken.yaml")
                .hasMessageContaining("items[CARD_FEE]").hasMessageContaining("overlaps");
    }

    @Test
    void aPeriodWithoutCitationIsRefused() {
        String yaml = valid().replace(CARD_2026_CITATION, "\n          - from: 2027");
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml)).hasMessageContaining("missing citation");
    }

    @Test
    void aCitationOfAnUnlistedSourceIsRefused() {
        String yaml = valid().replace(CARD_2026_CITATION, CARD_2026_CITATION.replace("DKK", "XYZ"));
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml)).hasMessageContaining("'XYZ' is not listed");
    }

    @Test
    void anUnknownPeriodMayNotCarryAnAmount() {
        String yaml = valid().replace("status: UNKNOWN", "status: UNKNOWN\n            amount: \"1.00\"");
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml)).hasMessageContaining("UNKNOWN period has no amount");
    }

    @Test
    void anAmountNotExactToTheKurusIsRefused() {
        String yaml = valid().replace("\"964.00\"", "\"964.001\"");
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml)).hasMessageContaining("two decimals");
    }

    @Test
    void aCountryInTwoGroupsIsRefused() {
        String yaml = valid().replace("countries: [DE]", "countries: [DE, XK]");
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml)).hasMessageContaining("in two groups");
    }

    @Test
    void aReciprocityGroupTakesItsCountries() {
        FeeTable t = FeeTable.parse("test.yaml", valid());
        assertThat(t.groupOf("DE").code()).isEqualTo("RECIPROCITY_A");
        assertThat(t.groupOf("XK").code()).isEqualTo("RECIPROCITY_B");
        assertThat(t.groupOf("SY").code()).isEqualTo("GENERAL");
    }

    /** A small valid table: a card fee 2026-2027 and a permit fee with two reciprocity groups. */
    static String valid() {
        return """
                version: "test"
                currency: TRY
                sources:
                  DKK: "Law 210"
                  HK: "Law 492"
                nationalityGroups:
                  - code: GENERAL
                    title: {tr: "Genel", en: "General", de: "Allgemein"}
                    countries: []
                    citation: {source: HK, section: "tarife 6"}
                  - code: RECIPROCITY_A
                    title: {tr: "A", en: "A", de: "A"}
                    countries: [DE]
                    citation: {source: HK, section: "tarife 6, mütekabiliyet"}
                  - code: RECIPROCITY_B
                    title: {tr: "B", en: "B", de: "B"}
                    countries: [XK]
                    citation: {source: HK, section: "tarife 6, mütekabiliyet"}
                items:
                  - code: CARD_FEE
                    kind: FLAT
                    title: {tr: "Kart", en: "Card", de: "Karte"}
                    basis: {source: DKK, section: "Tablo 4"}
                    rates:
                      - group: GENERAL
                        periods:
                          - from: 2026-01-01
                            to: 2026-12-31
                            status: OFFICIAL
                            amount: "964.00"
                            citation: {source: DKK, section: "Tablo 4"}
                          - from: 2027-01-01
                            to: 2027-12-31
                            status: UNKNOWN
                            citation: {source: DKK, section: "Tablo 4"}
                            note: "not yet published"
                  - code: PERMIT_FEE
                    kind: MONTHLY
                    title: {tr: "Harç", en: "Fee", de: "Gebühr"}
                    basis: {source: HK, section: "tarife 6"}
                    rates:
                      - group: GENERAL
                        periods:
                          - from: 2026-01-01
                            to: 2026-12-31
                            status: OFFICIAL
                            firstMonth: "100.00"
                            followingMonth: "10.00"
                            citation: {source: HK, section: "tarife 6"}
                      - group: RECIPROCITY_A
                        periods:
                          - from: 2026-01-01
                            to: 2026-12-31
                            status: OFFICIAL
                            firstMonth: "50.00"
                            followingMonth: "5.00"
                            citation: {source: HK, section: "tarife 6, A"}
                exemptions:
                  - code: STUDENT
                    item: PERMIT_FEE
                    title: {tr: "Öğrenci", en: "Student", de: "Studierende"}
                    permitTypes: [STUDENT]
                    exceptStudyLevels: [NON_MEB_SCHOOL]
                    from: 2026-01-01
                    citation: {source: HK, section: "muafiyet"}
                """;
    }
}
