package org.passage.university;

import java.time.LocalDate;

/**
 * One of a student's deadlines of the residence rulebook as the office follows it up.
 *
 * @param code {@code HEALTH_INSURANCE}, {@code STUDY_CHANGE_NOTICE} or {@code CITY_TRANSFER_APPLICATION}
 * @param startsOn the day the period runs from: the registration, or the change the office recorded
 * @param dueOn the last day, computed from the rulebook's parameter
 * @param metOn when the office recorded the deadline met, {@code null} while open
 */
public record StudentDeadline(String code, LocalDate startsOn, LocalDate dueOn, LocalDate metOn) {

    /** Whether the last day has passed on {@code today} without the deadline met. */
    public boolean overdueOn(LocalDate today) {
        return metOn == null && dueOn.isBefore(today);
    }
}
