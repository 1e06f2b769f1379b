package org.passage.admissions.desk;

import java.util.EnumSet;
import java.util.Set;

/** Where an admission application stands; only {@link AdmissionApplication} moves it. */
public enum AdmissionState {
    DRAFT, SUBMITTED, IN_EVALUATION, INTERVIEW_REQUESTED, ADMITTED, WAITLISTED, REJECTED, CLOSED_INELIGIBLE,
    OFFER_ACCEPTED, OFFER_DECLINED, ENROLLED;

    private static final Set<AdmissionState> DECIDED = EnumSet.of(ADMITTED, WAITLISTED, REJECTED);

    /** Whether the committee and the dean have taken a decision that can still be changed. */
    public boolean decided() {
        return DECIDED.contains(this);
    }

    /** Whether the committee may decide now: the file is being evaluated or already decided. */
    boolean decidable() {
        return this == IN_EVALUATION || this == INTERVIEW_REQUESTED || decided();
    }
}
