package org.passage.appointments;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An appointment request that was refused, with nothing written: bad input is answered 400, a
 * request the appointment's or the day's state does not allow 409. The problem's detail, and the
 * message on the page, come from the bundle key {@link #messageKey()}.
 */
public class AppointmentRefusedException extends ErrorResponseException {

    /** Why the request was refused. */
    public enum Reason {
        /** The province code is not one of the 81 provinces. */
        UNKNOWN_PROVINCE(HttpStatus.BAD_REQUEST),
        /** The date is not between tomorrow and the end of the booking window. */
        OUTSIDE_WINDOW(HttpStatus.BAD_REQUEST),
        /** The date is a weekend day or a public holiday. */
        NOT_A_BUSINESS_DAY(HttpStatus.BAD_REQUEST),
        /** An officer's change needs a reason. */
        REASON_REQUIRED(HttpStatus.BAD_REQUEST),
        /** Every place of that day is taken. */
        FULL(HttpStatus.CONFLICT),
        /** The application has not been submitted (or is unknown). */
        NOT_SUBMITTED(HttpStatus.CONFLICT),
        /** In Istanbul and Ankara the directorate assigns the date; applicants do not choose it. */
        ASSIGNED_BY_DIRECTORATE(HttpStatus.CONFLICT),
        /** There is no active appointment to change or cancel. */
        NO_ACTIVE_APPOINTMENT(HttpStatus.CONFLICT),
        /** The appointment is today or past: the applicant can no longer change or cancel it. */
        TOO_LATE(HttpStatus.CONFLICT),
        /** Attendance is recorded on or after the appointment's day, not before. */
        NOT_YET(HttpStatus.CONFLICT),
        /** The application's state does not allow an appointment (e.g. it is decided). */
        APPLICATION_STATE(HttpStatus.CONFLICT),
        /** A day's places cannot be set below the places already booked. */
        BELOW_BOOKED(HttpStatus.CONFLICT);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }

        /** The bundle key of the message, e.g. {@code appointments.refused.full}. */
        public String messageKey() {
            return "appointments.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public AppointmentRefusedException(Reason reason) {
        this(reason, null);
    }

    AppointmentRefusedException(Reason reason, Throwable cause) {
        super(reason.status, problem(reason), cause, reason.messageKey(), null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The bundle key of the message shown to the applicant. */
    public String messageKey() {
        return reason.messageKey();
    }

    private static ProblemDetail problem(Reason reason) {
        ProblemDetail problem = ProblemDetail.forStatus(reason.status);
        problem.setProperty("reason", reason.name());
        return problem;
    }
}
