package org.passage.rules.parameters;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A value an administrator proposed for a parameter and a period, with its public source, and what
 * became of it.
 *
 * @param to the last day, {@code null} when open-ended
 * @param value the value as text: a whole number, a decimal with a point, or a date
 */
record ProposedValue(long id, String rulebook, String parameter, LocalDate from, LocalDate to, String value,
        String publisher, String title, String section, String url, LocalDate publishedOn, State state,
        String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt) {

    enum State { PROPOSED, APPROVED, REJECTED }
}
