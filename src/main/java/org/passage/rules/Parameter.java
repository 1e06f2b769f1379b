package org.passage.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An effective-dated rulebook parameter: an amount, threshold, duration or date with its history. */
public record Parameter(String name, FactType type, String unit, LocalizedText title, List<ParameterValue> values) {

    public Parameter {
        values = List.copyOf(values);
    }

    /** The value in force on the given date, if any period covers it. */
    public Optional<ParameterValue> valueOn(LocalDate date) {
        for (ParameterValue v : values) {
            if (v.inForceOn(date)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The value in force on the given date, or a problem naming the parameter and date. */
    public ParameterValue requireOn(LocalDate date) {
        return valueOn(date).orElseThrow(() -> new ParameterNotInForceException(name, date));
    }
}
