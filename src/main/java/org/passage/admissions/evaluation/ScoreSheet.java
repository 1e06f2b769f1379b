package org.passage.admissions.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.ScoreCriterion;

/**
 * The committee's scores of one application: points from 0 to 100 per criterion of the intake's
 * sheet, in the sheet's order, and their weighted total.
 */
public record ScoreSheet(AdmissionNumber number, Map<String, Integer> points, BigDecimal total, String notes,
        String scoredBy, Instant scoredAt) {

    public ScoreSheet {
        Objects.requireNonNull(number, "number");
        points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(scoredBy, "scoredBy");
        Objects.requireNonNull(scoredAt, "scoredAt");
    }

    /**
     * The weighted total of the points: each criterion's points times its weight, divided by the sum
     * of the weights, rounded half up to two decimals (0 when the sheet has no weight at all).
     */
    public static BigDecimal weightedTotal(List<ScoreCriterion> criteria, Map<String, Integer> points) {
        long weights = 0;
        long sum = 0;
        for (ScoreCriterion criterion : criteria) {
            Integer given = points.get(criterion.code());
            if (given == null) {
                throw new IllegalArgumentException("no points for " + criterion.code());
            }
            weights += criterion.weight();
            sum += (long) given * criterion.weight();
        }
        if (weights == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }
}
