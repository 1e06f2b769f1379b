package org.passage.residence;

import java.time.Instant;
import java.util.List;

/**
 * An application was decided: approved (with the permit issued) or rejected (with its refusal
 * grounds). Reports, the university offices' views and the decision letter start from here.
 *
 * @param permitNumber the issued permit's number, or {@code null} for a rejection
 */
public record ApplicationDecided(ApplicationNumber number, Decision.Outcome outcome, PermitNumber permitNumber,
        List<String> grounds, Instant decidedAt) {

    public ApplicationDecided {
        grounds = List.copyOf(grounds);
    }
}
