package org.passage.admissions.letters;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;

/**
 * An issued acceptance letter: its code, the application it was issued for, the candidate's name as
 * printed, when and by whom; and the application's state now, which tells whether it is still valid.
 */
public record AcceptanceLetter(VerificationCode code, AdmissionNumber number, String university, String intake,
        String programme, String candidateName, Instant issuedAt, String issuedBy, AdmissionState state) {

    private static final Set<AdmissionState> VALID = EnumSet.of(AdmissionState.ADMITTED,
            AdmissionState.OFFER_ACCEPTED, AdmissionState.ENROLLED);

    public AcceptanceLetter {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(candidateName, "candidateName");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(state, "state");
    }

    /** Whether a letter may be issued for an application in the state: it holds a place of the quota. */
    public static boolean issuable(AdmissionState state) {
        return VALID.contains(state);
    }

    /** Whether the letter still stands: the admission was not withdrawn, rejected later or declined. */
    public boolean valid() {
        return VALID.contains(state);
    }

    /**
     * The candidate's name as the public verification shows it: the first letter of each part, the
     * rest hidden ({@code Ayşe Yılmaz} → {@code A*** Y*****}).
     */
    public String maskedName() {
        return masked(candidateName);
    }

    static String masked(String name) {
        StringBuilder masked = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = part.offsetByCodePoints(0, 1);
            masked.append(part, 0, first).append("*".repeat(part.codePointCount(first, part.length())));
        }
        return masked.toString();
    }
}
