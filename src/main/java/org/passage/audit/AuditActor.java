package org.passage.audit;

import java.util.Objects;

/**
 * Who did something: a member of staff by user name, an applicant by application number, or a
 * part of the system (a scheduled job, the start-up) by its name.
 */
public record AuditActor(Kind kind, String id) {

    /** The kinds of actor. */
    public enum Kind {
        STAFF, APPLICANT, SYSTEM,
        /** A verified representative (lawyer, legal representative, organisation) by id. */
        REPRESENTATIVE
    }

    public AuditActor {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("an actor has an id of 1 to 100 characters");
        }
    }

    public static AuditActor staff(String username) {
        return new AuditActor(Kind.STAFF, username);
    }

    public static AuditActor applicant(String applicationNumber) {
        return new AuditActor(Kind.APPLICANT, applicationNumber);
    }

    public static AuditActor system(String name) {
        return new AuditActor(Kind.SYSTEM, name);
    }

    public static AuditActor representative(String id) {
        return new AuditActor(Kind.REPRESENTATIVE, id);
    }
}
