package org.passage.appointments;

/** Where an appointment stands; only {@link #BOOKED} is active, every other status is final. */
public enum AppointmentStatus {

    /** Booked or assigned, the day has not been dealt with yet. */
    BOOKED,
    /** Cancelled by the applicant or the directorate; its place was freed. */
    CANCELLED,
    /** The applicant came; the officers' review goes on from here. */
    ATTENDED,
    /** The applicant did not come and gave no valid reason: the application counts as never made. */
    NO_SHOW,
    /** Replaced by a later appointment (changed by the applicant, or moved by an officer for a valid reason). */
    RESCHEDULED;

    /** Whether the appointment still holds its place and may change. */
    public boolean isActive() {
        return this == BOOKED;
    }

    /** Whether the appointment counts against its day's places (a cancelled or replaced one gave its place back). */
    boolean holdsPlace() {
        return this == BOOKED || this == ATTENDED || this == NO_SHOW;
    }
}
