package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passage.payments.Money;
import org.passage.payments.internal.FeeLine.Source;
import org.passage.rules.Citation;
import org.passage.rules.ParameterStatus;
import org.passage.rules.ParameterValue;
import org.passage.rules.Rulebook;
import org.passage.rules.SourceDocument;

class FeeCalculatorTest {

    private final Rulebook rulebook = FeeTableTest.rulebook();
    private final FeeCalculator calculator = new FeeCalculator(FeeTable.parse("test.yaml", FeeTableTest.valid(),
            rulebook));

    @Test
    void thePermitFeeIsTheFirstMonthPlusEachFollowingMonth() {
        FeeAssessment fee = calculator.assess(new FeeBasis(LocalDate.of(2026, 6, 1), "SHORT_TERM", null, "SY", 12));

        assertThat(fee.lines()).extracting(FeeLine::item, FeeLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CARD_FEE", new BigDecimal("964.00")),
                org.assertj.core.groups.Tuple.tuple("PERMIT_FEE", new BigDecimal("210.00")));
        assertThat(fee.total()).contains(Money.lira("1174.00"));
    }

    @Test
    void aNationalityOfAReciprocityGroupPaysItsGroupsRate() {
        FeeAssessment fee = calculator.assess(new FeeBasis(LocalDate.of(2026, 6, 1), "SHORT_TERM", null, "DE", 3));

        assertThat(fee.lines().get(1).amount()).isEqualByComparingTo("60.00");
    }

    @Test
    void aGroupWithoutItsOwnRateForAnItemPaysTheGeneralRate() {
        FeeAssessment fee = calculator.assess(new FeeBasis(LocalDate.of(2026, 6, 1), "SHORT_TERM", null, "XK", 1));

        assertThat(fee.lines()).extracting(FeeLine::amount)
                .containsExactly(new BigDecimal("964.00"), new BigDecimal("100.00"));
    }

    @Test
    void aStudentIsExemptFromThePermitFeeWithTheExemptionsCitation() {
        FeeAssessment fee = calculator.assess(new FeeBasis(LocalDate.of(2026, 6, 1), "STUDENT", "BACHELOR", "SY", 48));

        FeeLine permit = fee.lines().get(1);
        assertThat(permit.source()).isEqualTo(Source.EXEMPT);
        assertThat(permit.amount()).isZero();
        assertThat(permit.citationSection()).isEqualTo("muafiyet");
        assertThat(fee.total()).contains(Money.lira("964.00"));
    }

    @Test
    void aYearWithoutAnOfficialAmountCannotBeCharged() {
        FeeAssessment fee = calculator.assess(new FeeBasis(LocalDate.of(2027, 2, 1), "STUDENT", "BACHELOR", "SY", 12));

        assertThat(fee.complete()).isFalse();
        assertThat(fee.total()).isEmpty();
        assertThat(fee.lines().getFirst().source()).isEqualTo(Source.MISSING);
        assertThat(fee.lines().getFirst().note()).contains("UNKNOWN", "not yet published");
    }

    @Test
    void anAmountTwoAdministratorsApprovedIsChargedWithItsSource() {
        SourceDocument gazette = new SourceDocument(new org.passage.rules.LocalizedText("Resmî Gazete", "Resmî Gazete",
                "Resmî Gazete"), new org.passage.rules.LocalizedText("Tebliğ 98", "Tebliğ 98", "Tebliğ 98"), null,
                "2026-12-24");
        ParameterValue approved = new ParameterValue("CARD_TRY", 1100.0, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), new Citation("Tebliğ 98", "sıra 4", gazette), ParameterStatus.OFFICIAL,
                null, new ParameterValue.Entry("alice", Instant.EPOCH, "bob", Instant.EPOCH), false);
        rulebook.readApprovedValuesFrom(() -> Map.of("CARD_TRY", List.of(approved)));

        FeeAssessment fee = calculator.assess(new FeeBasis(LocalDate.of(2027, 2, 1), "STUDENT", "BACHELOR", "SY", 12));

        assertThat(fee.lines().getFirst().source()).isEqualTo(Source.ADMINISTRATOR);
        assertThat(fee.lines().getFirst().citationSource()).contains("Resmî Gazete", "Tebliğ 98");
        assertThat(fee.lines().getFirst().citationSection()).contains("alice", "bob");
        assertThat(fee.total()).contains(Money.lira("1100.00"));
    }

    @Test
    void aFigureUsedPastItsPeriodIsNeverCharged() {
        FeeAssessment fee = calculator.assess(new FeeBasis(LocalDate.of(2027, 2, 1), "SHORT_TERM", null, "SY", 2));

        assertThat(fee.lines()).extracting(FeeLine::source).containsExactly(Source.MISSING, Source.MISSING);
    }

    @Test
    void aDateWithoutAnyPeriodIsMissingNotGuessed() {
        FeeAssessment fee = calculator.assess(new FeeBasis(LocalDate.of(2031, 1, 1), "SHORT_TERM", null, "SY", 6));

        assertThat(fee.lines()).allSatisfy(line -> assertThat(line.source()).isEqualTo(Source.MISSING));
    }

    @Test
    void requestedMonthsAreCappedAtTheLongestValidity() {
        assertThat(FeeBasis.months(48, 24)).isEqualTo(24);
        assertThat(FeeBasis.months(null, 12)).isEqualTo(12);
        assertThat(FeeBasis.months(6, null)).isEqualTo(6);
    }
}
