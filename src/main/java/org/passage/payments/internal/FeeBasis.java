package org.passage.payments.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an application's fees depend on, as submitted.
 *
 * @param studyLevel the study level of a STUDENT permit, else {@code null}
 * @param months the validity charged for: the months requested, at most the longest allowed;
 *        {@code null} for an indefinite (long-term) permit
 */
record FeeBasis(LocalDate applicationDate, String permitType, String studyLevel, String nationality, Integer months) {

    FeeBasis {
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(permitType, "permitType");
        Objects.requireNonNull(nationality, "nationality");
        if (months != null && (months < 1 || months > 120)) {
            throw new IllegalArgumentException("a permit is charged for 1 to 120 months");
        }
    }

    /** The months to charge: those requested, capped at the longest validity the rules allow. */
    static Integer months(Integer requested, Integer maxValidity) {
        if (requested == null) {
            return maxValidity;
        }
        return maxValidity == null ? requested : Math.min(requested, maxValidity);
    }
}
