package org.passage.residence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.passage.rules.CountryCode;

/**
 * "What applies to me?" for a Türkiye residence permit: the request of
 * {@code POST /api/v1/assessments/residence-permit}, field for field as the API contract says,
 * plus the optional {@code circumstances} the permit rules need and the contract leaves open.
 */
public record ResidencePermitRequest(
        @NotNull String applicationKind,
        @NotNull String permitType,
        String reason,
        String studyLevel,
        String relationship,
        LocalDate applicationDate,
        String applicantRole,
        @NotNull @Valid Applicant applicant,
        @Valid Study study,
        @Valid Stay stay,
        @Valid Sponsor sponsor,
        @Valid Circumstances circumstances) {

    public record Applicant(
            @NotNull @Past LocalDate birthDate,
            @NotNull @CountryCode String nationality,
            String maritalStatus,
            String accommodation,
            Boolean hostMarried,
            Boolean parentsOnPassport,
            String parentSituation,
            String healthInsurance,
            String protectionStatus,
            @Valid CurrentPermit currentPermit,
            @Size(max = 50) List<@Valid @NotNull PermitPeriod> permitHistory,
            Boolean socialAssistanceLast3Years,
            @Min(0) @Max(20) Integer previousTurkishCoursePermits,
            LocalDate graduationDate,
            @CountryCode String documentsIssuedIn,
            Boolean costsCoveredByPublicBody) {
    }

    public record CurrentPermit(@NotNull String type, @NotNull LocalDate validUntil) {
    }

    /** A permit held before; {@code reason} (short-term reason) is optional. */
    public record PermitPeriod(@NotNull String type, String reason, @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    public record Study(String enrolment, LocalDate enrolmentDate) {
    }

    public record Stay(@Min(1) @Max(120) Integer requestedMonths, @Min(1) @Max(120) Integer programmeMonths) {
    }

    public record Sponsor(
            @NotNull String kind,
            @DecimalMin("0") BigDecimal monthlyIncomeTry,
            @Min(1) @Max(50) Integer familyMembersInTurkiye,
            LocalDate permitValidUntil,
            LocalDate onPermitSince,
            Boolean convictedOfCrimeAgainstFamilyLast5Years,
            Boolean addressRegistered,
            Boolean insuranceCoversFamily,
            String permitType,
            Boolean hasAnotherSpouseWithFamilyPermit) {
    }

    /** Facts of the case that only some reasons ask about. All optional. */
    public record Circumstances(
            Boolean researchNeedsPermission,
            Boolean excavationOrSurvey,
            Boolean treatmentCostsPaid,
            Boolean sgkRegisteredExchange,
            String familyTransferGround,
            Boolean domesticViolenceCourtFinding,
            Boolean repeatYear,
            Boolean dwellingUsedAsHome,
            Boolean stableIncome,
            LocalDate studyChangeDate,
            LocalDate cityTransferDate) {
    }
}
