package org.passage.appointments;

import static org.passage.appointments.AppointmentRefusedException.Reason.APPLICATION_STATE;
import static org.passage.appointments.AppointmentRefusedException.Reason.ASSIGNED_BY_DIRECTORATE;
import static org.passage.appointments.AppointmentRefusedException.Reason.NOT_A_BUSINESS_DAY;
import static org.passage.appointments.AppointmentRefusedException.Reason.NOT_SUBMITTED;
import static org.passage.appointments.AppointmentRefusedException.Reason.NO_ACTIVE_APPOINTMENT;
import static org.passage.appointments.AppointmentRefusedException.Reason.OUTSIDE_WINDOW;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.passage.appointments.AppointmentsConfiguration.AppointmentsProperties;
import org.passage.appointments.KnownApplications.KnownApplication;
import org.passage.calendar.BusinessCalendar;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.ResidenceApplications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments of submitted applications: the applicant books, changes and cancels; officers record
 * attendance and reschedule a missed appointment for a valid reason. Every change is one transaction
 * that also drives the application's state in module residence; a booking takes its place with one
 * conditional UPDATE of the day's row, so a day is never booked over its places, and tells the
 * applicant through the notifications outbox. Each change of an application first locks that
 * application, so its changes never interleave.
 *
 * <p>Refusals are {@link AppointmentRefusedException}s (a full day: {@link AppointmentFullException});
 * nothing is written then.
 */
@Service
public class Appointments {

    private final KnownApplications applications;
    private final AppointmentStore store;
    private final DayLedger ledger;
    private final BusinessCalendar calendar;
    private final ResidenceApplications residence;
    private final AppointmentNotices notices;
    private final AppointmentsProperties properties;
    private final Clock clock;

    Appointments(KnownApplications applications, AppointmentStore store, DayLedger ledger, BusinessCalendar calendar,
            ResidenceApplications residence, AppointmentNotices notices, AppointmentsProperties properties,
            Clock clock) {
        this.applications = applications;
        this.store = store;
        this.ledger = ledger;
        this.calendar = calendar;
        this.residence = residence;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    /** The first day an applicant may book: tomorrow. */
    public LocalDate firstBookableDay() {
        return LocalDate.now(clock).plusDays(1);
    }

    /** The last day an applicant may book, {@code passage.appointments.booking-window-days} from today. */
    public LocalDate lastBookableDay() {
        return LocalDate.now(clock).plusDays(properties.bookingWindowDays());
    }

    /** The province of a submitted application's address, if the application is submitted. */
    @Transactional(readOnly = true)
    public Optional<ProvinceCode> provinceOf(ApplicationNumber number) {
        return applications.find(number).map(KnownApplication::province);
    }

    /** The application's booked appointment, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Appointment> active(ApplicationNumber number) {
        return store.active(number);
    }

    /** The application's most recent appointment, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<Appointment> latest(ApplicationNumber number) {
        return store.latest(number);
    }

    /** Every appointment the application had, oldest first. */
    @Transactional(readOnly = true)
    public List<Appointment> history(ApplicationNumber number) {
        return store.history(number);
    }

    /**
     * Books the application an appointment at the province's directorate on {@code date}, or moves
     * its booked appointment there (the old place is freed). Not in Istanbul and Ankara, where the
     * directorate assigns the date.
     *
     * @throws AppointmentFullException when every place of the day is taken
     * @throws AppointmentRefusedException when the application is not submitted, the date is not a
     *         business day within the booking window, or the appointment can no longer change
     */
    @Transactional
    public Appointment book(ApplicationNumber number, ProvinceCode province, LocalDate date, Actor actor) {
        KnownApplication application = lock(number);
        if (Directorate.assignsDates(application.province()) || Directorate.assignsDates(province)) {
            throw new AppointmentRefusedException(ASSIGNED_BY_DIRECTORATE);
        }
        LocalDate today = LocalDate.now(clock);
        requireBookable(date, today);
        Instant now = clock.instant();
        Optional<Appointment> current = store.active(number);
        if (current.isPresent() && current.get().date().equals(date) && current.get().province().equals(province)) {
            return current.get();
        }
        Appointment next = Appointment.book(number, province, date, now, actor);
        if (current.isEmpty()) {
            store.insert(next);
            appointmentBooked(next, actor);
            notices.booked(next, application.contact());
            take(next);
            return next;
        }
        Appointment replaced = current.get().replace(today, now, actor);
        store.close(replaced, AppointmentStatus.BOOKED);
        store.insert(next);
        appointmentBooked(next, actor);
        notices.changed(next, application.contact());
        move(replaced, next);
        return next;
    }

    /**
     * Cancels the application's booked appointment before its day and frees its place; the
     * application waits for a new appointment again.
     *
     * @throws AppointmentRefusedException when there is none, its day has come, or an applicant
     *         tries to cancel a date the directorate assigned
     */
    @Transactional
    public Appointment cancel(ApplicationNumber number, Actor actor, String reason) {
        KnownApplication application = lock(number);
        Appointment active = store.active(number).orElseThrow(() -> new AppointmentRefusedException(NO_ACTIVE_APPOINTMENT));
        Appointment cancelled = active.cancel(LocalDate.now(clock), clock.instant(), actor, reason);
        store.close(cancelled, AppointmentStatus.BOOKED);
        try {
            residence.appointmentCancelled(number, actor, cancelled.reason() == null ? "cancelled" : cancelled.reason());
        } catch (ApplicationStateException e) {
            throw new AppointmentRefusedException(APPLICATION_STATE, e);
        }
        notices.cancelled(cancelled, application.contact());
        ledger.release(cancelled.province(), cancelled.date());
        return cancelled;
    }

    /**
     * The applicant came to the appointment (recorded by an officer on the day or later). The
     * officers' review of the application starts from here.
     *
     * @throws AppointmentRefusedException {@code NO_ACTIVE_APPOINTMENT}, or {@code NOT_YET} before the day
     */
    @Transactional
    public Appointment attended(ApplicationNumber number, Actor officer) {
        lock(number);
        Appointment active = store.active(number).orElseThrow(() -> new AppointmentRefusedException(NO_ACTIVE_APPOINTMENT));
        Appointment attended = active.attend(LocalDate.now(clock), clock.instant(), officer);
        store.close(attended, AppointmentStatus.BOOKED);
        return attended;
    }

    /**
     * The applicant did not come and gave no valid reason (recorded by an officer on the day or
     * later): the application counts as never made. The place stays used.
     *
     * @throws AppointmentRefusedException {@code NO_ACTIVE_APPOINTMENT}, or {@code NOT_YET} before the day
     */
    @Transactional
    public Appointment noShow(ApplicationNumber number, Actor officer) {
        lock(number);
        Appointment active = store.active(number).orElseThrow(() -> new AppointmentRefusedException(NO_ACTIVE_APPOINTMENT));
        Appointment missed = active.miss(LocalDate.now(clock), clock.instant(), officer);
        store.close(missed, AppointmentStatus.BOOKED);
        return missed;
    }

    /**
     * An officer gives an applicant who missed the appointment for a valid reason (with its documents)
     * a new date at the same directorate: the missed appointment, booked or recorded as no-show, is
     * replaced, and the new one takes a place like any booking.
     *
     * @throws AppointmentFullException when every place of {@code date} is taken
     * @throws AppointmentRefusedException when no missed appointment exists, the reason is blank, or
     *         the date is not a business day within the booking window
     */
    @Transactional
    public Appointment rescheduleWithValidReason(ApplicationNumber number, LocalDate date, String reason,
            Actor officer) {
        KnownApplication application = lock(number);
        LocalDate today = LocalDate.now(clock);
        Appointment missed = store.latest(number)
                .filter(a -> a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.NO_SHOW)
                .orElseThrow(() -> new AppointmentRefusedException(NO_ACTIVE_APPOINTMENT));
        Instant now = clock.instant();
        Appointment replaced = missed.rescheduleForValidReason(today, now, officer, reason);
        requireBookable(date, today);
        store.close(replaced, missed.status());
        Appointment next = Appointment.book(number, missed.province(), date, now, officer);
        store.insert(next);
        appointmentBooked(next, officer);
        notices.changed(next, application.contact());
        move(replaced, next);
        return next;
    }

    /** Whether an applicant could book {@code date} (within the window, a business day). */
    private void requireBookable(LocalDate date, LocalDate today) {
        if (date.isBefore(today.plusDays(1)) || date.isAfter(today.plusDays(properties.bookingWindowDays()))) {
            throw new AppointmentRefusedException(OUTSIDE_WINDOW);
        }
        if (!calendar.isBusinessDay(date)) {
            throw new AppointmentRefusedException(NOT_A_BUSINESS_DAY);
        }
    }

    private KnownApplication lock(ApplicationNumber number) {
        return applications.lock(number).orElseThrow(() -> new AppointmentRefusedException(NOT_SUBMITTED));
    }

    private void appointmentBooked(Appointment appointment, Actor actor) {
        try {
            residence.appointmentBooked(appointment.application(), appointment.date(), appointment.province(), actor);
        } catch (ApplicationStateException e) {
            throw new AppointmentRefusedException(APPLICATION_STATE, e);
        }
    }

    /** Takes the appointment's place; the last write of the transaction, so the day's row is locked briefly. */
    private void take(Appointment appointment) {
        if (!ledger.take(appointment.province(), appointment.date())) {
            throw new AppointmentFullException();
        }
    }

    /**
     * Frees the old place and takes the new one, in the order of their days, so two applicants
     * swapping days never wait for each other's row. A missed appointment's past day gets its place
     * back too: the ledger counts the appointments that hold a place, whatever their day.
     */
    private void move(Appointment from, Appointment to) {
        boolean toFirst = to.province().value().compareTo(from.province().value()) < 0
                || (to.province().equals(from.province()) && to.date().isBefore(from.date()));
        if (toFirst) {
            take(to);
            ledger.release(from.province(), from.date());
        } else {
            ledger.release(from.province(), from.date());
            take(to);
        }
    }
}
