package org.passage.admissions.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passage.admissions.desk.ScoreCriterion;
import org.passage.rules.LocalizedText;

class ScoreSheetTest {

    static ScoreCriterion criterion(String code, int weight) {
        return new ScoreCriterion(code, weight, new LocalizedText(code, code, code));
    }

    @Test
    void theTotalIsTheWeightedMeanRoundedHalfUpToTwoDecimals() {
        assertThat(ScoreSheet.weightedTotal(List.of(criterion("A", 60), criterion("B", 40)),
                Map.of("A", 33, "B", 34))).isEqualByComparingTo(new BigDecimal("33.40"));
        assertThat(ScoreSheet.weightedTotal(List.of(criterion("A", 1), criterion("B", 2)),
                Map.of("A", 0, "B", 1))).isEqualByComparingTo(new BigDecimal("0.67"));
    }

    @Test
    void weightsThatDoNotSumTo100AreNormalised() {
        assertThat(ScoreSheet.weightedTotal(List.of(criterion("A", 30), criterion("B", 30)),
                Map.of("A", 80, "B", 60))).isEqualByComparingTo(new BigDecimal("70.00"));
    }

    @Test
    void aSheetWithoutWeightTotalsZero() {
        assertThat(ScoreSheet.weightedTotal(List.of(criterion("A", 0)), Map.of("A", 90)))
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aCriterionWithoutPointsCannotBeTotalled() {
        assertThatThrownBy(() -> ScoreSheet.weightedTotal(List.of(criterion("A", 100)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pointsOutsideTheRangeMissingOrUnknownAreEachNamed() {
        assertThat(Evaluations.problems(List.of(criterion("A", 50), criterion("B", 50), criterion("C", 0)),
                Map.of("A", 101, "C", -1, "X", 5)))
                .containsEntry("A", "admissions.evaluation.error.range")
                .containsEntry("B", "admissions.evaluation.error.missing")
                .containsEntry("C", "admissions.evaluation.error.range")
                .containsEntry("X", "admissions.evaluation.error.unknown");
    }
}
