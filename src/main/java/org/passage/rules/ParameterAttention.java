package org.passage.rules;

import java.time.LocalDate;

/**
 * A parameter whose last known period ends within the warning window, or has ended (its value is
 * then used provisionally): someone must enter the next period's value.
 */
public record ParameterAttention(String rulebook, LocalizedText rulebookTitle, String parameter, LocalizedText title,
        LocalDate lastFrom, LocalDate lastTo, boolean provisional) {
}
