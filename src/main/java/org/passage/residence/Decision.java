package org.passage.residence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The decision on an application: approved with the permit it issued, or rejected on one or more
 * refusal grounds of the rulebook's {@code refusalGrounds} with the officer's explanation.
 *
 * @param grounds refusal-ground codes; empty for an approval
 * @param explanation the officer's free text, or {@code null} (an approval, or a rejection by the system)
 * @param permit the issued permit of an approval, else {@code null}
 */
public record Decision(Outcome outcome, List<String> grounds, String explanation, Instant decidedAt, Actor decidedBy,
        IssuedPermit permit) {

    /** How the application was decided. */
    public enum Outcome {
        APPROVED, REJECTED
    }

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        grounds = List.copyOf(grounds);
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (outcome == Outcome.APPROVED && (permit == null || !grounds.isEmpty())) {
            throw new IllegalArgumentException("an approval issues a permit and has no refusal grounds");
        }
        if (outcome == Outcome.REJECTED && (permit != null || grounds.isEmpty())) {
            throw new IllegalArgumentException("a rejection names at least one refusal ground and issues no permit");
        }
    }
}
