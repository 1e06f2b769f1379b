package org.passage.rules;

import java.time.LocalDate;

/** Which rules answered: the rulebook, its version and the date the rules were taken at. */
public record RulebookRef(String id, String version, LocalDate effectiveOn) {
}
