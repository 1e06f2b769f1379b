package org.passage.admissions.desk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The registrar asked the candidate for a corrected document by a day; published in the
 * transaction of the request, so the candidate is told if and only if it is kept.
 */
public record CorrectionRequested(AdmissionNumber number, String university, String intake, String programme,
        String candidateEmail, String document, LocalDate correctBy, @Nullable String note) {
}
