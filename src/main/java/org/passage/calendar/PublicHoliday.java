package org.passage.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off by law in Türkiye; each day of a multi-day bayram is its own holiday with its own key.
 */
public record PublicHoliday(LocalDate date, String key, LocalizedName name) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
    }
}
