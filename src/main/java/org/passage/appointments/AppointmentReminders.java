package org.passage.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of the next day's appointments, once per appointment: the appointment is marked in the
 * transaction that queues its notification, rows another node is working on are skipped, and the
 * notification's idempotency key is the appointment's id.
 */
@Component
class AppointmentReminders {

    private static final int BATCH = 200;

    private final AppointmentStore store;
    private final KnownApplications applications;
    private final AppointmentNotices notices;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AppointmentReminders(AppointmentStore store, KnownApplications applications, AppointmentNotices notices,
            Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.applications = applications;
        this.notices = notices;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Sends the reminders of the appointments on {@code day} not reminded yet; returns how many. */
    int remindOfDay(LocalDate day) {
        int sent = 0;
        int batch;
        do {
            batch = transaction.execute(status -> {
                List<Appointment> due = store.dueForReminder(day, BATCH);
                for (Appointment appointment : due) {
                    notices.reminder(appointment, applications.find(appointment.application()).orElseThrow().contact());
                    store.reminded(appointment.id(), clock.instant());
                }
                return due.size();
            });
            sent += batch;
        } while (batch == BATCH);
        return sent;
    }
}
