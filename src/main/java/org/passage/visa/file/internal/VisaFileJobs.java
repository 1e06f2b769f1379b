package org.passage.visa.file.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passage.calendar.TurkiyeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The visa file's scheduled job: booked files that would not be complete on their appointment day
 * are warned, and released in time for another applicant to take the place. One node at a time
 * (ShedLock); each file is checked under its row lock, so a second run does no harm.
 */
@Component
class VisaFileJobs {

    private static final Logger log = LoggerFactory.getLogger(VisaFileJobs.class);

    private final VisaFileDesk desk;
    private final Clock clock;

    VisaFileJobs(VisaFileDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @Scheduled(cron = "${passage.visa.file.watch-cron:0 0 6 * * *}", zone = TurkiyeTime.ZONE_ID)
    @SchedulerLock(name = "visa-file-watch", lockAtMostFor = "PT30M")
    public void watchBooked() {
        int released = watch(LocalDate.now(clock));
        if (released > 0) {
            log.info("Released the appointments of {} visa files no longer complete", released);
        }
    }

    /** Checks every booked file on {@code today}; the number of appointments released. */
    int watch(LocalDate today) {
        int released = 0;
        for (UUID id : desk.booked()) {
            if (desk.watch(id, today)) {
                released++;
            }
        }
        return released;
    }
}
