package org.passage.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passage.appointments.AppointmentsConfiguration.AppointmentsProperties;
import org.passage.appointments.KnownApplications.KnownApplication;
import org.passage.calendar.BusinessCalendar;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Istanbul and Ankara directorates' assignment of dates: each waiting application, in submission
 * order, gets the earliest business day from tomorrow with a free place. One transaction per
 * application, each holding the directorate's row lock: however many nodes or threads run this at
 * once, they take the queue's head one after the other, so every application is assigned once and
 * in order, and the day's places are taken like any booking. The applicant is told the date.
 */
@Component
class DirectorateAssignments {

    static final Actor ASSIGNER = Actor.system("appointment-assignment");
    private static final Logger log = LoggerFactory.getLogger(DirectorateAssignments.class);
    private static final List<ProvinceCode> ASSIGNING = List.of(ProvinceCode.ISTANBUL, ProvinceCode.ANKARA);

    private enum Outcome { ASSIGNED, SKIPPED, QUEUE_EMPTY, NO_PLACES }

    private final KnownApplications applications;
    private final AppointmentStore store;
    private final DayLedger ledger;
    private final BusinessCalendar calendar;
    private final ResidenceApplications residence;
    private final AppointmentNotices notices;
    private final AppointmentsProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DirectorateAssignments(KnownApplications applications, AppointmentStore store, DayLedger ledger,
            BusinessCalendar calendar, ResidenceApplications residence, AppointmentNotices notices,
            AppointmentsProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.applications = applications;
        this.store = store;
        this.ledger = ledger;
        this.calendar = calendar;
        this.residence = residence;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Assigns a date to every waiting application that a day within the horizon has room for; returns how many. */
    int assignWaiting() {
        int assigned = 0;
        for (ProvinceCode province : ASSIGNING) {
            Outcome outcome;
            do {
                outcome = transaction.execute(status -> assignNext(province));
                if (outcome == Outcome.ASSIGNED) {
                    assigned++;
                }
            } while (outcome == Outcome.ASSIGNED || outcome == Outcome.SKIPPED);
            if (outcome == Outcome.NO_PLACES) {
                log.warn("No free place in province {} within {} days: applications keep waiting", province,
                        properties.assignmentHorizonDays());
            }
        }
        return assigned;
    }

    private Outcome assignNext(ProvinceCode province) {
        ledger.lockDirectorate(province);
        Optional<KnownApplication> next = applications.nextWaiting(province);
        if (next.isEmpty()) {
            return Outcome.QUEUE_EMPTY;
        }
        KnownApplication application = next.get();
        boolean waitsForDate = residence.find(application.number())
                .map(summary -> summary.state() == ApplicationState.SUBMITTED).orElse(false);
        if (!waitsForDate || store.active(application.number()).isPresent()) {
            // Withdrawn, decided or booked meanwhile: it must not hold up the queue.
            applications.leaveQueue(application.number());
            return Outcome.SKIPPED;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.plusDays(1);
        LocalDate last = today.plusDays(properties.assignmentHorizonDays());
        Set<LocalDate> full = new HashSet<>(ledger.fullDays(province, first, last));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (full.contains(day) || !calendar.isBusinessDay(day) || !ledger.take(province, day)) {
                continue;
            }
            Appointment appointment = Appointment.book(application.number(), province, day, clock.instant(), ASSIGNER);
            store.insert(appointment);
            applications.leaveQueue(application.number());
            residence.appointmentBooked(application.number(), day, province, ASSIGNER);
            notices.assigned(appointment, application.contact());
            return Outcome.ASSIGNED;
        }
        return Outcome.NO_PLACES;
    }
}
