package org.passage.rules;

import java.time.LocalDate;

/** The value of a parameter during one period, with its source. {@code to} is null when open-ended. */
public record ParameterValue(String name, Object value, LocalDate from, LocalDate to, Citation citation) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
