package org.passage.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing to record: who ({@code actor}) did what ({@code action}, an upper-case code such as
 * {@code STAFF_SIGNED_IN}) to which {@code subject} (e.g. an application number, {@code staff:alice}),
 * why ({@code reason}, free text), by which rulebook version, with further {@code details} stored
 * as JSON. Build one with {@link #of} and the {@code with…} methods.
 */
public record AuditEvent(AuditActor actor, String action, String subject, String reason, String rulebookVersion,
        Map<String, Object> details) {

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("an action is an upper-case code of 2 to 64 characters, was " + action);
        }
        if (subject != null && (subject.isBlank() || subject.length() > 200)) {
            throw new IllegalArgumentException("a subject has 1 to 200 characters");
        }
        if (reason != null && reason.length() > 2000) {
            throw new IllegalArgumentException("a reason has at most 2000 characters");
        }
        if (rulebookVersion != null && rulebookVersion.length() > 32) {
            throw new IllegalArgumentException("a rulebook version has at most 32 characters");
        }
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** {@code actor} did {@code action} to {@code subject} (which may be {@code null}). */
    public static AuditEvent of(AuditActor actor, String action, String subject) {
        return new AuditEvent(actor, action, subject, null, null, Map.of());
    }

    /** The same event with its reason. */
    public AuditEvent withReason(String why) {
        return new AuditEvent(actor, action, subject, why, rulebookVersion, details);
    }

    /** The same event with the version of the rulebook the action relied on. */
    public AuditEvent withRulebookVersion(String version) {
        return new AuditEvent(actor, action, subject, reason, version, details);
    }

    /** The same event with one more detail ({@code null} values are left out). */
    public AuditEvent with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new AuditEvent(actor, action, subject, reason, rulebookVersion, more);
    }
}
