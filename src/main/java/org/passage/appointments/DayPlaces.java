package org.passage.appointments;

import java.time.LocalDate;
import java.util.Objects;

/** The places of a directorate on one business day: how many there are and how many are booked. */
public record DayPlaces(LocalDate date, int capacity, int booked) {

    public DayPlaces {
        Objects.requireNonNull(date, "date");
    }

    /** The places still free. */
    public int remaining() {
        return Math.max(0, capacity - booked);
    }

    /** Whether a place is still free. */
    public boolean available() {
        return remaining() > 0;
    }
}
