package org.passage.admissions.scholarship;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passage.admissions.desk.AdmissionNumber;

/**
 * The academic scholarship of an admitted application (§7.10): its percentage of tuition, and either
 * the directive's semesters (computed from the preparatory semesters and a double major) or the
 * reference of the bilateral agreement it follows; semesters used, and the disciplinary decision
 * that ended it.
 */
public record Scholarship(AdmissionNumber number, String university, int percent,
        @Nullable String agreementReference, int prepSemesters, boolean doubleMajor, @Nullable Integer semesters,
        int semestersUsed, String awardedBy, Instant awardedAt, @Nullable String endedReference) {

    public Scholarship {
        Objects.requireNonNull(number, "number");
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a scholarship covers 1 to 100 percent of tuition");
        }
        if ((agreementReference == null) == (semesters == null)) {
            throw new IllegalArgumentException("either the directive's semesters or an agreement's reference");
        }
    }

    /** Whether the scholarship follows a bilateral agreement rather than the directive's durations. */
    public boolean bilateral() {
        return agreementReference != null;
    }

    /** Whether a disciplinary decision ended it. */
    public boolean ended() {
        return endedReference != null;
    }

    /** The directive's semesters still to run; none once ended; empty for a bilateral scholarship. */
    public @Nullable Integer semestersLeft() {
        if (semesters == null) {
            return null;
        }
        return ended() ? 0 : Math.max(0, semesters - semestersUsed);
    }
}
