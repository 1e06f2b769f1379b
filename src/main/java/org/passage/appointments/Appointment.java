package org.passage.appointments;

import static org.passage.appointments.AppointmentRefusedException.Reason.ASSIGNED_BY_DIRECTORATE;
import static org.passage.appointments.AppointmentRefusedException.Reason.NOT_YET;
import static org.passage.appointments.AppointmentRefusedException.Reason.NO_ACTIVE_APPOINTMENT;
import static org.passage.appointments.AppointmentRefusedException.Reason.REASON_REQUIRED;
import static org.passage.appointments.AppointmentRefusedException.Reason.TOO_LATE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;

/**
 * One appointment of an application at a directorate on a day. It guards its own changes: each
 * method below checks the change is allowed and returns the closed appointment, or refuses with an
 * {@link AppointmentRefusedException}. A closed appointment never opens again; a new date is a new
 * appointment.
 *
 * @param closedAt when it stopped being {@link AppointmentStatus#BOOKED}, {@code null} while booked
 * @param reason   why it was cancelled or rescheduled, when someone said so
 */
public record Appointment(UUID id, ApplicationNumber application, ProvinceCode province, LocalDate date,
        AppointmentStatus status, Instant createdAt, Actor createdBy, Instant closedAt, Actor closedBy,
        String reason) {

    static final int MAX_REASON = 2000;

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (status.isActive() != (closedAt == null)) {
            throw new IllegalArgumentException("only a booked appointment is open");
        }
        // As precise as PostgreSQL keeps it, so a stored appointment equals the one that was stored.
        createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        closedAt = closedAt == null ? null : closedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** A new booked appointment. */
    static Appointment book(ApplicationNumber application, ProvinceCode province, LocalDate date, Instant now,
            Actor by) {
        return new Appointment(UUID.randomUUID(), application, province, date, AppointmentStatus.BOOKED, now, by,
                null, null, null);
    }

    /** Whether the directorate assigned this date (Istanbul, Ankara) rather than the applicant choosing it. */
    public boolean assignedByDirectorate() {
        return Directorate.assignsDates(province);
    }

    /**
     * Whether the applicant may still change or cancel it on {@code today}: it is booked, its day is
     * still to come, and the applicant chose it.
     */
    public boolean changeableByApplicant(LocalDate today) {
        return status.isActive() && date.isAfter(today) && !assignedByDirectorate();
    }

    /** Cancelled before its day; an applicant cannot cancel a date the directorate assigned. */
    Appointment cancel(LocalDate today, Instant now, Actor by, String why) {
        requireBooked();
        requireBeforeTheDay(today, by);
        return close(AppointmentStatus.CANCELLED, now, by, why);
    }

    /** Replaced by the applicant's new date, before its day. */
    Appointment replace(LocalDate today, Instant now, Actor by) {
        requireBooked();
        requireBeforeTheDay(today, by);
        return close(AppointmentStatus.RESCHEDULED, now, by, null);
    }

    /** The applicant came: recorded on the day or later. */
    Appointment attend(LocalDate today, Instant now, Actor by) {
        requireBooked();
        requireTheDayHasCome(today);
        return close(AppointmentStatus.ATTENDED, now, by, null);
    }

    /** The applicant did not come: recorded on the day or later. */
    Appointment miss(LocalDate today, Instant now, Actor by) {
        requireBooked();
        requireTheDayHasCome(today);
        return close(AppointmentStatus.NO_SHOW, now, by, null);
    }

    /**
     * The applicant missed the day with a valid reason: a missed appointment (booked and its day
     * come, or recorded as no-show) is replaced by a new one.
     */
    Appointment rescheduleForValidReason(LocalDate today, Instant now, Actor by, String why) {
        if (why == null || why.isBlank() || why.length() > MAX_REASON) {
            throw new AppointmentRefusedException(REASON_REQUIRED);
        }
        if (status == AppointmentStatus.BOOKED) {
            requireTheDayHasCome(today);
        } else if (status != AppointmentStatus.NO_SHOW) {
            throw new AppointmentRefusedException(NO_ACTIVE_APPOINTMENT);
        }
        return new Appointment(id, application, province, date, AppointmentStatus.RESCHEDULED, createdAt, createdBy,
                now, by, why.strip());
    }

    private void requireBooked() {
        if (!status.isActive()) {
            throw new AppointmentRefusedException(NO_ACTIVE_APPOINTMENT);
        }
    }

    private void requireBeforeTheDay(LocalDate today, Actor by) {
        if (by.kind() == Actor.Kind.APPLICANT && assignedByDirectorate()) {
            throw new AppointmentRefusedException(ASSIGNED_BY_DIRECTORATE);
        }
        if (!date.isAfter(today)) {
            throw new AppointmentRefusedException(TOO_LATE);
        }
    }

    private void requireTheDayHasCome(LocalDate today) {
        if (date.isAfter(today)) {
            throw new AppointmentRefusedException(NOT_YET);
        }
    }

    private Appointment close(AppointmentStatus to, Instant now, Actor by, String why) {
        String trimmed = why == null || why.isBlank() ? null : why.strip();
        if (trimmed != null && trimmed.length() > MAX_REASON) {
            trimmed = trimmed.substring(0, MAX_REASON);
        }
        return new Appointment(id, application, province, date, to, createdAt, createdBy, now, by, trimmed);
    }
}
