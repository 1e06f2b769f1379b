package org.passage.appointments;

import org.passage.calendar.TurkiyeTime;
import java.time.LocalDate;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The module's scheduled jobs. Each runs on one node at a time (ShedLock, module scheduling); the
 * work itself is safe to run concurrently as well, so a lock that expires early does no harm.
 * A cron of {@code -} switches a job off.
 */
@Component
class AppointmentJobs {

    private static final Logger log = LoggerFactory.getLogger(AppointmentJobs.class);

    private final DirectorateAssignments assignments;
    private final AppointmentReminders reminders;
    private final Clock clock;

    AppointmentJobs(DirectorateAssignments assignments, AppointmentReminders reminders, Clock clock) {
        this.assignments = assignments;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Istanbul and Ankara: assigns dates to the waiting applications, in submission order. */
    @Scheduled(cron = "${passage.appointments.assignment-cron:0 */5 * * * *}", zone = TurkiyeTime.ZONE_ID)
    @SchedulerLock(name = "appointments-assignment", lockAtMostFor = "PT30M")
    public void assignDates() {
        int assigned = assignments.assignWaiting();
        if (assigned > 0) {
            log.info("Assigned appointment dates to {} applications", assigned);
        }
    }

    /** Reminds applicants of tomorrow's appointments, once each. */
    @Scheduled(cron = "${passage.appointments.reminder-cron:0 0 * * * *}", zone = TurkiyeTime.ZONE_ID)
    @SchedulerLock(name = "appointments-reminders", lockAtMostFor = "PT30M")
    public void remind() {
        int sent = reminders.remindOfDay(LocalDate.now(clock).plusDays(1));
        if (sent > 0) {
            log.info("Sent {} appointment reminders", sent);
        }
    }
}
