package org.passage.residence;

import java.time.Instant;
import java.time.LocalDate;
import org.passage.provinces.ProvinceCode;

/**
 * An application was submitted: its answers passed the rulebook and its checklist, maximum validity
 * and rulebook version are frozen. Appointments, fees and notifications start from here.
 *
 * @param province the province of the applicant's address in Türkiye, where the directorate sits
 * @param requestedMonths the validity the applicant asked for, or {@code null} when not asked
 * @param maxValidityMonths the longest validity the rules allow, or {@code null} for indefinite
 */
public record ApplicationSubmitted(
        ApplicationNumber number,
        String applicationKind,
        String permitType,
        String nationality,
        ProvinceCode province,
        ApplicantContact contact,
        Instant submittedAt,
        LocalDate applicationDate,
        Integer requestedMonths,
        Integer maxValidityMonths,
        String rulebookVersion) {
}
