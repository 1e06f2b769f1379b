package org.passage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures the rulebooks ship: each period cites a public document, and doubt is said, not hidden. */
class ShippedParametersTest {

    final Rulebooks rulebooks = Rulebooks.loadAll(RulebookEngineTest.WEEKDAYS);

    @Test
    void everyPeriodCitesAPublicDocumentAndEveryDoubtfulOneSaysWhy() {
        for (Rulebook rb : rulebooks.all()) {
            for (Parameter p : rb.parameters().values()) {
                for (ParameterValue v : p.values()) {
                    assertThat(v.citation().document()).as(rb.id() + " " + p.name()).isNotNull();
                    assertThat(v.citation().document().read()).isNotBlank();
                    if (v.status() != ParameterStatus.OFFICIAL) {
                        assertThat(v.note()).as(rb.id() + " " + p.name()).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void theVisaFiguresThatChangeYearlyAreUnverifiedNamingWhereNewerOnesWereSeen() {
        Rulebook visa = rulebooks.get("de-national-visa");
        for (String name : List.of("BLOCKED_ACCOUNT_YEARLY_EUR", "BAFOEG_MONTHLY_EUR", "BLUE_CARD_SALARY_MIN_EUR",
                "AU_PAIR_POCKET_MONEY_EUR")) {
            assertThat(visa.parameter(name).values()).as(name).allSatisfy(v -> {
                assertThat(v.status()).isEqualTo(ParameterStatus.UNVERIFIED);
                assertThat(v.note()).contains("iDATA page (read 2026-11)");
            });
        }
        assertThat(visa.parameter("BLOCKED_ACCOUNT_YEARLY_EUR").values().getFirst().note())
                .contains("11,208", "11,904", "allemagneenfrance.diplo.de");
        assertThat(visa.parameter("BLUE_CARD_SALARY_MIN_EUR").values().getFirst().note()).contains("50,700");
    }

    @Test
    void theMinimumWageOf2026EndsWithTheYearSoThat2027IsProvisionalUntilEntered() {
        Parameter wage = rulebooks.get("tr-residence").parameter("MINIMUM_WAGE_MONTHLY_TRY");
        assertThat(wage.valueOn(java.time.LocalDate.of(2027, 2, 1))).hasValueSatisfying(v -> {
            assertThat(v.value()).isEqualTo(28075.50);
            assertThat(v.provisional()).isTrue();
        });
    }
}
