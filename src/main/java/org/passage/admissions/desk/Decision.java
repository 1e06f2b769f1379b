package org.passage.admissions.desk;

import java.util.Objects;

/**
 * A decision on an application, taken by a committee member together with the dean of the
 * programme's faculty (§7.5); a rejection carries its cited ground.
 */
public record Decision(Outcome outcome, String committeeMember, String dean, String ground, String reason) {

    /** What was decided. */
    public enum Outcome {
        ADMIT(AdmissionState.ADMITTED), WAITLIST(AdmissionState.WAITLISTED), REJECT(AdmissionState.REJECTED);

        private final AdmissionState state;

        Outcome(AdmissionState state) {
            this.state = state;
        }

        public AdmissionState state() {
            return state;
        }
    }

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        if (blank(committeeMember) || blank(dean)) {
            throw new IllegalArgumentException("a decision is taken by a committee member and a dean");
        }
        if (committeeMember.equals(dean)) {
            throw new IllegalArgumentException("the committee member and the dean are two people");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
