package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passage.rules.ParameterStatus;
import org.passage.rules.ParameterValue;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;

/**
 * The shipped fee table is valid and honest, its amounts being parameters of the residence
 * rulebook; a broken table is refused naming the file and the item.
 */
class FeeTableTest {

    private final Rulebooks rulebooks = Rulebooks.loadAll((from, n) -> from.plusDays(n));
    private final FeeTable table = FeeTable.load(FeeTable.DEFAULT_LOCATION, rulebooks);

    @Test
    void theShippedTableNamesAmountsOfTheResidenceRulebookAndCitesItsSources() {
        assertThat(table.rulebook().id()).isEqualTo("tr-residence");
        assertThat(table.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.basis().document()).isNotNull();
            item.rates().forEach(rate -> rate.parameters().forEach(name ->
                    assertThat(table.rulebook().parameter(name).values()).allSatisfy(v -> {
                        assertThat(v.citation().document()).isNotNull();
                        if (v.status() != ParameterStatus.OFFICIAL) {
                            assertThat(v.note()).isNotBlank();
                        }
                    })));
        });
    }

    @Test
    void theCardFeeOf2026IsTheOfficialFigureOfTheGazette() {
        ParameterValue card = table.rulebook().parameter("CARD_FEE_TRY").valueOn(LocalDate.of(2026, 11, 21))
                .orElseThrow();
        assertThat(card.status()).isEqualTo(ParameterStatus.OFFICIAL);
        assertThat(card.value()).isEqualTo(964.0);
        assertThat(card.citation().sourceIn(java.util.Locale.forLanguageTag("tr")))
                .contains("Sıra No: 97", "24.12.2025", "33117");
    }

    @Test
    void aFeeLineNamesItsSourceInTheReadersLanguage() {
        FeeLine card = new FeeCalculator(table).assess(new FeeBasis(LocalDate.of(2026, 6, 1), "STUDENT", "BACHELOR",
                "SY", 12)).lines().getFirst();
        assertThat(card.citationSourceIn(java.util.Locale.forLanguageTag("tr")))
                .contains("Muhasebat Genel Müdürlüğü Genel Tebliği (Sıra No: 97)");
        assertThat(card.citationSourceIn(java.util.Locale.GERMAN)).contains("Allgemeine Mitteilung Nr. 97");
        assertThat(card.citationSourceIn(java.util.Locale.ENGLISH)).contains("General Communiqué No. 97");
    }

    @Test
    void noPermitFeeFigureIsPresentedAsOfficial() {
        for (String name : new String[] {"PERMIT_FEE_FIRST_MONTH_TRY", "PERMIT_FEE_FOLLOWING_MONTH_TRY"}) {
            assertThat(table.rulebook().parameter(name).values()).extracting(ParameterValue::status)
                    .doesNotContain(ParameterStatus.OFFICIAL);
        }
    }

    @Test
    void studentsExceptAtSchoolsOutsideTheMinistryAreExemptFromThePermitFee() {
        LocalDate day = LocalDate.of(2026, 11, 21);
        assertThat(table.exemption("PERMIT_FEE", "STUDENT", "BACHELOR", day)).isPresent();
        assertThat(table.exemption("PERMIT_FEE", "STUDENT", "NON_MEB_SCHOOL", day)).isEmpty();
        assertThat(table.exemption("CARD_FEE", "STUDENT", "BACHELOR", day)).isEmpty();
    }

    @Test
    void anAmountThatIsNotAParameterOfTheRulebookIsRefused() {
        String yaml = valid().replace("amount: CARD_TRY", "amount: NO_SUCH_TRY");
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml, rulebook())).hasMessageContaining("broken.yaml")
                .hasMessageContaining("items[CARD_FEE]").hasMessageContaining("NO_SUCH_TRY is not an amount in TRY");
    }

    @Test
    void aMonthlyItemNeedsBothMonthParameters() {
        String yaml = valid().replace("        followingMonth: PERMIT_TRY_FOLLOWING\n", "");
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml, rulebook()))
                .hasMessageContaining("a MONTHLY item names firstMonth and followingMonth");
    }

    @Test
    void aCitationOfASourceTheRulebookLacksIsRefused() {
        String yaml = valid().replace("basis: {source: DKK", "basis: {source: XYZ");
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml, rulebook()))
                .hasMessageContaining("'XYZ' is not a source of the rulebook");
    }

    @Test
    void anAmountInLiraNotExactToTheKurusIsRefusedByTheRulebook() {
        assertThatThrownBy(() -> Rulebooks.parse("rulebooks/tr-residence.yaml",
                rulebookYaml().replace("value: 964.00", "value: 964.001"), (from, n) -> from))
                .hasMessageContaining("exact to the kuruş");
    }

    @Test
    void aCountryInTwoGroupsIsRefused() {
        String yaml = valid().replace("countries: [DE]", "countries: [DE, XK]");
        assertThatThrownBy(() -> FeeTable.parse("broken.yaml", yaml, rulebook())).hasMessageContaining("in two groups");
    }

    @Test
    void aReciprocityGroupTakesItsCountries() {
        FeeTable t = FeeTable.parse("test.yaml", valid(), rulebook());
        assertThat(t.groupOf("DE").code()).isEqualTo("RECIPROCITY_A");
        assertThat(t.groupOf("XK").code()).isEqualTo("RECIPROCITY_B");
        assertThat(t.groupOf("SY").code()).isEqualTo("GENERAL");
    }

    /** The amounts of the small table: a card fee (2026 official, 2027 unknown) and permit fees by group. */
    static String rulebookYaml() {
        return """
                id: tr-residence
                version: "test"
                title: {tr: "Test", en: "Test", de: "Test"}
                sources:
                  DKK: {publisher: "Resmî Gazete", title: "Law 210", read: "2026-11"}
                  HK: {publisher: "Resmî Gazete", title: "Law 492", read: "2026-11"}
                parameters:
                  CARD_TRY:
                    type: double
                    unit: TRY
                    title: {tr: "Kart", en: "Card", de: "Karte"}
                    values:
                      - {value: 964.00, from: 2026-01-01, to: 2026-12-31, citation: {source: DKK, section: "Tablo 4"}}
                      - {status: UNKNOWN, from: 2027-01-01, to: 2027-12-31, note: "not yet published", citation: {source: DKK, section: "Tablo 4"}}
                  PERMIT_TRY_FIRST:
                    type: double
                    unit: TRY
                    title: {tr: "İlk ay", en: "First month", de: "Erster Monat"}
                    values:
                      - {value: 100.00, from: 2026-01-01, to: 2026-12-31, citation: {source: HK, section: "tarife 6"}}
                  PERMIT_TRY_FOLLOWING:
                    type: double
                    unit: TRY
                    title: {tr: "Sonraki ay", en: "Following month", de: "Folgemonat"}
                    values:
                      - {value: 10.00, from: 2026-01-01, to: 2026-12-31, citation: {source: HK, section: "tarife 6"}}
                  PERMIT_A_FIRST:
                    type: double
                    unit: TRY
                    title: {tr: "A ilk ay", en: "A first month", de: "A erster Monat"}
                    values:
                      - {value: 50.00, from: 2026-01-01, to: 2026-12-31, citation: {source: HK, section: "tarife 6, A"}}
                  PERMIT_A_FOLLOWING:
                    type: double
                    unit: TRY
                    title: {tr: "A sonraki ay", en: "A following month", de: "A Folgemonat"}
                    values:
                      - {value: 5.00, from: 2026-01-01, to: 2026-12-31, citation: {source: HK, section: "tarife 6, A"}}
                """;
    }

    static Rulebook rulebook() {
        return Rulebooks.parse("rulebooks/tr-residence.yaml", rulebookYaml(), (from, n) -> from);
    }

    /** A small valid table: a card fee and a permit fee with two reciprocity groups, one with its own rate. */
    static String valid() {
        return """
                version: "test"
                currency: TRY
                rulebook: tr-residence
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
                        amount: CARD_TRY
                  - code: PERMIT_FEE
                    kind: MONTHLY
                    title: {tr: "Harç", en: "Fee", de: "Gebühr"}
                    basis: {source: HK, section: "tarife 6"}
                    rates:
                      - group: GENERAL
                        firstMonth: PERMIT_TRY_FIRST
                        followingMonth: PERMIT_TRY_FOLLOWING
                      - group: RECIPROCITY_A
                        firstMonth: PERMIT_A_FIRST
                        followingMonth: PERMIT_A_FOLLOWING
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
