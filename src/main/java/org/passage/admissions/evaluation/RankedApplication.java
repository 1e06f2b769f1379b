package org.passage.admissions.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;

/**
 * One application in its programme's ranking: its place (null while it has no score sheet), its
 * weighted total and points per criterion.
 */
public record RankedApplication(Integer place, AdmissionNumber number, String candidateEmail, AdmissionState state,
        BigDecimal total, Map<String, Integer> points, Instant submittedAt) {
}
