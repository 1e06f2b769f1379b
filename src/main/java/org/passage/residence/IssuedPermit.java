package org.passage.residence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A residence permit issued by approving an application; the issued permits of a passport number
 * are its holder's permit history.
 *
 * @param reason the short-term reason, study level or family relationship the permit is for, or {@code null}
 * @param validUntil the last day of validity, or {@code null} for an indefinite (long-term) permit
 * @param shorteningReason why the officer gave less than the standard validity, or {@code null}
 */
public record IssuedPermit(PermitNumber number, ApplicationNumber application, PassportNumber passport,
        String permitType, String reason, LocalDate validFrom, LocalDate validUntil, String shorteningReason,
        Instant issuedAt, Actor issuedBy) {

    public IssuedPermit {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(permitType, "permitType");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(issuedBy, "issuedBy");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a permit ends on or after the day it starts");
        }
    }

    /** Whether the permit is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
