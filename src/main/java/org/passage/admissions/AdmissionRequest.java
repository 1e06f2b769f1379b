package org.passage.admissions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.passage.rules.CountryCode;

/**
 * "May I apply?" for a university's foreign-student quota: the request of
 * {@code POST /api/v1/assessments/admission}, field for field as the API contract says.
 * {@code applicationDate} defaults to today; {@code exams} may be left out when there are none.
 */
public record AdmissionRequest(
        LocalDate applicationDate,
        @NotNull @Valid Programme programme,
        @NotNull @Valid Candidate candidate,
        @Size(max = 20) List<@NotNull @Valid Exam> exams) {

    static final String CODE = "[A-Z][A-Z0-9_]{0,39}";

    public AdmissionRequest {
        exams = exams == null ? List.of() : exams;
    }

    /** The programme applied to, by the university's code, and whether it has a foreign-student quota. */
    public record Programme(
            @NotNull @Pattern(regexp = CODE, message = "{passage.admissions.validation.code}") String code,
            @NotNull Boolean hasForeignQuota) {
    }

    /** Citizenships, their history, and schooling. */
    public record Candidate(
            @NotEmpty @Size(max = 5) List<@NotNull @CountryCode String> citizenships,
            @NotNull @CountryCode String firstCitizenshipByBirth,
            boolean blueCard,
            boolean naturalisedTurkish,
            boolean trncResident,
            boolean gceALevel,
            boolean enrolledAbroadBetween2005And2010,
            @NotNull @Valid HighSchool highSchool) {
    }

    /** Where and how secondary school was (or is being) completed. */
    public record HighSchool(
            @NotNull String status,
            @NotNull @CountryCode String country,
            @NotNull String schoolType,
            @NotNull LocalDate secondaryStartedOn,
            @NotNull String yearsAbroad) {
    }

    /** One exam sitting or diploma: its code in the university's table, the score and the day taken. */
    public record Exam(
            @NotNull @Pattern(regexp = CODE, message = "{passage.admissions.validation.code}") String code,
            @NotNull @DecimalMin("0") Double score,
            @NotNull LocalDate takenOn) {
    }
}
