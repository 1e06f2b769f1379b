package org.passage.residence;

/**
 * The states of an e-residence application (e-residence-process.md, "Life of an application").
 */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    APPOINTMENT_BOOKED,
    UNDER_REVIEW,
    MISSING_DOCUMENTS,
    APPROVED,
    REJECTED,
    WITHDRAWN_NO_SHOW;

    /** Whether the case is decided or withdrawn, so nothing about it changes any more. */
    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN_NO_SHOW;
    }
}
