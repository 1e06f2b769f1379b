package org.passage.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a rulebook says about one case, and which rules said it. */
public record Assessment(RulebookRef rulebook, List<Finding> findings, List<RequiredDocument> documents,
        List<Deadline> deadlines, Map<String, Object> values, List<TraceEntry> trace) {

    /** Eligible exactly when no finding is blocking. */
    public boolean eligible() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.BLOCKING);
    }

    /** A computed value by name: Long, Double, Boolean, String or LocalDate; empty when the rulebook has none. */
    public Optional<Object> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean hasFinding(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }
}
