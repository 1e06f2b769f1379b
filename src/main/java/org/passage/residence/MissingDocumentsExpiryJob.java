package org.passage.residence;

import org.passage.calendar.TurkiyeTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passage.residence.application.Reviews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rejects, with the ground {@code MISSING_DOCUMENTS_NOT_COMPLETED}, every case whose missing
 * documents were not sent by their due date, and tells the applicant. Runs on one node at a time
 * (ShedLock), shortly after midnight in Türkiye; each case is its own transaction, so a case the
 * applicant completes at the same moment is either completed or rejected, never both.
 */
@Component
class MissingDocumentsExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(MissingDocumentsExpiryJob.class);
    private static final int BATCH = 200;

    private final Reviews reviews;
    private final ApplicationReviews applicationReviews;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MissingDocumentsExpiryJob(Reviews reviews, ApplicationReviews applicationReviews, TransactionTemplate transactions,
            Clock clock) {
        this.reviews = reviews;
        this.applicationReviews = applicationReviews;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${passage.residence.missing-documents-expiry-cron:0 5 0 * * *}", zone = TurkiyeTime.ZONE_ID)
    @SchedulerLock(name = "residence-missing-documents-expiry", lockAtMostFor = "PT30M")
    void run() {
        int rejected = expireOverdue(LocalDate.now(clock));
        if (rejected > 0) {
            log.info("Rejected {} applications whose missing documents were not sent in time", rejected);
        }
    }

    /** Rejects the cases overdue on {@code today} (due date before it); the number rejected. */
    int expireOverdue(LocalDate today) {
        Set<ApplicationNumber> seen = new HashSet<>();
        int rejected = 0;
        while (true) {
            List<ApplicationNumber> overdue = reviews.overdue(today, BATCH);
            List<ApplicationNumber> fresh = overdue.stream().filter(seen::add).toList();
            for (ApplicationNumber number : fresh) {
                try {
                    if (Boolean.TRUE.equals(transactions.execute(status -> applicationReviews.expire(number, today)))) {
                        rejected++;
                    }
                } catch (OptimisticLockingFailureException | ApplicationStateException e) {
                    // Changed at the same moment (e.g. completed): the next run sees its new state.
                    log.info("Application {} changed while its missing documents expired: {}", number, e.getMessage());
                }
            }
            if (overdue.size() < BATCH || fresh.isEmpty()) {
                return rejected;
            }
        }
    }
}
