package org.passage.residence.application;

import org.passage.calendar.TurkiyeTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passage.documents.DocumentId;
import org.passage.documents.Documents;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ResidenceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes drafts untouched for {@code passage.residence.draft-retention} (90 days), with their
 * uploaded files, history and codes: the applicant's data is not kept for an application never
 * made. Runs on one node at a time (ShedLock); deleting in batches keeps transactions short.
 */
@Component
class DraftPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(DraftPurgeJob.class);
    private static final int BATCH = 200;

    private final Applications applications;
    private final Documents documents;
    private final TransactionTemplate transactions;
    private final ResidenceProperties properties;
    private final Clock clock;

    DraftPurgeJob(Applications applications, Documents documents, TransactionTemplate transactions,
            ResidenceProperties properties, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${passage.residence.draft-purge-cron:0 17 3 * * *}", zone = TurkiyeTime.ZONE_ID)
    @SchedulerLock(name = "residence-draft-purge", lockAtMostFor = "PT30M")
    void run() {
        int deleted = purge(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} drafts untouched for {}", deleted, properties.draftRetention());
        }
    }

    /** Deletes the drafts last changed before {@code now} minus the retention; the number deleted. */
    int purge(Instant now) {
        Instant before = now.minus(properties.draftRetention());
        int total = 0;
        while (true) {
            List<UUID> files = applications.documentsOfDraftsUntouchedSince(before);
            List<ApplicationNumber> deleted = transactions.execute(
                    status -> applications.deleteDraftsUntouchedSince(before, BATCH));
            // Files go after their links: a file whose link remains is never deleted.
            files.forEach(id -> documents.delete(new DocumentId(id)));
            total += deleted.size();
            if (deleted.size() < BATCH) {
                return total;
            }
        }
    }

}
