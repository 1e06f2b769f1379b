package org.passage.residence;

import java.util.Objects;

/**
 * Who made a change to an application: the applicant (or their representative, signed in for the
 * application), a member of staff by user name, or a scheduled job of the system by its name.
 */
public record Actor(Kind kind, String id) {

    /** The kinds of actor. */
    public enum Kind {
        APPLICANT, STAFF, SYSTEM,
        /** A verified representative acting on behalf of the applicant under a live mandate, by id. */
        REPRESENTATIVE
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("an actor has an id of 1 to 100 characters");
        }
    }

    public static Actor applicant(ApplicationNumber number) {
        return new Actor(Kind.APPLICANT, number.value());
    }

    public static Actor staff(String username) {
        return new Actor(Kind.STAFF, username);
    }

    public static Actor system(String job) {
        return new Actor(Kind.SYSTEM, job);
    }
}
