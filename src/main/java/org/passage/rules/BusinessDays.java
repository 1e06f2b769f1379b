package org.passage.rules;

import java.time.LocalDate;

/** Business-day arithmetic for deadlines counted in business days (the Türkiye calendar in production). */
@FunctionalInterface
public interface BusinessDays {

    /** The n-th business day after {@code from}. */
    LocalDate add(LocalDate from, int n);
}
