package org.passage.admissions.desk;

import java.util.Objects;

/** Who changed an application: the candidate by e-mail, a member of staff by user name, or a job. */
public record AdmissionActor(Kind kind, String id) {

    /** The kinds of actor. */
    public enum Kind {
        CANDIDATE, STAFF, SYSTEM
    }

    public AdmissionActor {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || id.length() > 254) {
            throw new IllegalArgumentException("an actor has an id of 1 to 254 characters");
        }
    }

    public static AdmissionActor candidate(String email) {
        return new AdmissionActor(Kind.CANDIDATE, email);
    }

    public static AdmissionActor staff(String username) {
        return new AdmissionActor(Kind.STAFF, username);
    }

    public static AdmissionActor system(String job) {
        return new AdmissionActor(Kind.SYSTEM, job);
    }
}
