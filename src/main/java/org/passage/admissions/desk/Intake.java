package org.passage.admissions.desk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An intake of a university: an academic year and term, open for applications from
 * {@code opensOn} to {@code closesOn} (both included, Türkiye time), with offers answered by
 * {@code respondBy} and registration documents delivered between {@code registrationFrom} and
 * {@code registrationTo}.
 */
public record Intake(String university, String code, int academicYear, Term term, LocalDate opensOn,
        LocalDate closesOn, LocalDate respondBy, LocalDate registrationFrom, LocalDate registrationTo,
        LocalDate startsOn) {

    public Intake {
        Objects.requireNonNull(university, "university");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(term, "term");
        if (opensOn.isAfter(closesOn) || closesOn.isAfter(respondBy) || registrationFrom.isAfter(registrationTo)) {
            throw new IllegalArgumentException("an intake's dates are in order: opens, closes, response");
        }
    }

    /** Whether applications may be submitted on the day. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Whether an offer may still be answered on the day. */
    public boolean answerableOn(LocalDate day) {
        return !day.isAfter(respondBy);
    }
}
