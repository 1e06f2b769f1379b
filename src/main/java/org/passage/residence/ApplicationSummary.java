package org.passage.residence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.passage.provinces.ProvinceCode;

/**
 * What other modules may know of an application. Fields of the submission are {@code null} while
 * the application is a draft; {@code maxValidityMonths} is {@code null} for an indefinite permit.
 */
public record ApplicationSummary(
        ApplicationNumber number,
        ApplicationState state,
        String applicationKind,
        String permitType,
        String reason,
        String studyLevel,
        String relationship,
        String givenNames,
        String surname,
        LocalDate birthDate,
        String nationality,
        PassportNumber passportNumber,
        ApplicantContact contact,
        ProvinceCode province,
        Instant submittedAt,
        LocalDate applicationDate,
        Integer requestedMonths,
        Integer maxValidityMonths,
        LocalDate validUntil,
        String rulebookVersion,
        List<ChecklistItem> checklist) {
}
