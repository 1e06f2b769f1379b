package org.passage.visa;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.passage.rules.CountryCode;

/**
 * "What applies to me?" for a German national visa: the request of
 * {@code POST /api/v1/assessments/german-national-visa}, field for field as the API contract says.
 */
public record GermanVisaRequest(
        @NotNull String category,
        LocalDate applicationDate,
        @NotNull @Valid Applicant applicant,
        @NotNull @Min(1) @Max(3650) Integer stayDays,
        @Valid Scholarship scholarship,
        @Valid Funding funding,
        @DecimalMin("0") BigDecimal annualSalaryEur,
        @Valid LanguageCertificate languageCertificate,
        LocalDate semesterStart,
        @Valid Family family,
        @Valid AuPair auPair) {


    public record Applicant(
            @NotNull @Past LocalDate birthDate,
            @NotNull @CountryCode String nationality,
            Boolean nativeGerman) {
    }

    public record Scholarship(@NotNull String kind, @DecimalMin("0") BigDecimal monthlyEur) {
    }

    public record Funding(@NotNull String kind, @DecimalMin("0") BigDecimal amountEur) {
    }

    public record LanguageCertificate(@NotNull String provider, @NotNull String level, @PastOrPresent LocalDate issuedOn) {
    }

    public record Family(@Valid Spouse spouse, @Size(max = 20) List<@Valid @NotNull Child> children) {

        List<Child> childList() {
            return children == null ? List.of() : children;
        }
    }

    /** The applicant's husband or wife; {@code travelling} when they come along now. */
    public record Spouse(Boolean travelling, @Valid LanguageCertificate a1Certificate, String a1Exception) {
    }

    public record Child(@NotNull @PastOrPresent LocalDate birthDate, Boolean parentsDivorced,
            Boolean otherParentStaysInTurkiye) {
    }

    public record AuPair(@NotNull @Min(1) @Max(60) Integer months, @NotNull @DecimalMin("0") BigDecimal pocketMoneyEur) {
    }
}
