package org.passage.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The value of a parameter during one period, with its source. {@code to} is null when open-ended.
 *
 * @param value the value; {@code null} only for an UNKNOWN period
 * @param note why a period is UNVERIFIED or UNKNOWN, else {@code null}
 * @param entry who proposed and who approved it, when an administrator entered it; else {@code null}
 * @param provisional the period ended before the date it is used for, and no later value is known yet
 */
public record ParameterValue(String name, Object value, LocalDate from, LocalDate to, Citation citation,
        ParameterStatus status, String note, Entry entry, boolean provisional) {

    /** Two administrators' part in a value: one proposed it, another approved it. */
    public record Entry(String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt) {
    }

    /** An official value from a rulebook file. */
    public ParameterValue(String name, Object value, LocalDate from, LocalDate to, Citation citation) {
        this(name, value, from, to, citation, ParameterStatus.OFFICIAL, null, null, false);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Whether a value is known for the period (UNKNOWN periods have none). */
    public boolean known() {
        return value != null;
    }

    /** The same value for a period cut short on {@code end}. */
    public ParameterValue until(LocalDate end) {
        return new ParameterValue(name, value, from, end, citation, status, note, entry, provisional);
    }

    /** The same value, used past its period because no later one is known. */
    public ParameterValue asProvisional() {
        return new ParameterValue(name, value, from, to, citation, status, note, entry, true);
    }
}
