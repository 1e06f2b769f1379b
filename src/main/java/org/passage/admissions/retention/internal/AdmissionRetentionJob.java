package org.passage.admissions.retention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.calendar.TurkiyeTime;
import org.passage.documents.DocumentId;
import org.passage.documents.Documents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforces each university's retention of admission records (§8, {@code admission_university.retention_years}):
 * an application closed longer than that (rejected, closed as not eligible, offer declined; never an
 * admitted or enrolled one) loses its personal data (e-mail, name, eligibility answers, nationality),
 * its history's who and why, its marks, score sheet and letter; the states of its history and their
 * dates stay in {@code admission_application_archive}, and the row with programme, intake, state and
 * basis, so quota figures stay right. The candidate's file and its uploaded documents go once no
 * application of it is left to keep. One application per transaction; a second run finds nothing.
 */
@Component
class AdmissionRetentionJob {

    static final String ANONYMISED = "ADMISSION_RECORD_ANONYMISED";
    private static final Logger log = LoggerFactory.getLogger(AdmissionRetentionJob.class);
    private static final int BATCH = 200;

    record Due(String number, String email, String university, String intake, int retentionYears) {
    }

    private final JdbcClient jdbc;
    private final Documents documents;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AdmissionRetentionJob(JdbcClient jdbc, Documents documents, AuditTrail audit, TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${passage.admissions.retention-cron:0 40 3 * * *}", zone = TurkiyeTime.ZONE_ID)
    @SchedulerLock(name = "admission-retention", lockAtMostFor = "PT30M")
    void run() {
        int anonymised = anonymise(clock.instant());
        if (anonymised > 0) {
            log.info("Anonymised {} admission records past their university's retention", anonymised);
        }
    }

    /** Anonymises every application closed before {@code now} minus its university's retention; how many. */
    int anonymise(Instant now) {
        int total = 0;
        List<Due> due;
        do {
            due = due(now);
            for (Due application : due) {
                List<UUID> removed = transactions.execute(tx -> anonymise(application, now));
                // The stored files go once the rows that named them are gone for good.
                removed.forEach(id -> documents.delete(new DocumentId(id)));
                total++;
            }
        } while (due.size() == BATCH);
        return total;
    }

    private List<Due> due(Instant now) {
        return jdbc.sql("""
                SELECT a.number, a.candidate_email, a.university, a.intake, u.retention_years
                FROM admission_application a JOIN admission_university u ON u.code = a.university
                WHERE a.anonymised_at IS NULL AND a.state IN ('REJECTED', 'CLOSED_INELIGIBLE', 'OFFER_DECLINED')
                  AND a.updated_at < CAST(:now AS timestamptz) - make_interval(years => u.retention_years)
                ORDER BY a.updated_at, a.number LIMIT :batch""")
                .param("now", Timestamp.from(now)).param("batch", BATCH)
                .query((rs, i) -> new Due(rs.getString("number"), rs.getString("candidate_email"),
                        rs.getString("university"), rs.getString("intake"), rs.getInt("retention_years")))
                .list();
    }

    /** One application's anonymisation; the ids of the stored documents to delete after commit. */
    private List<UUID> anonymise(Due application, Instant now) {
        String number = application.number();
        // Locked and checked again: another node or an earlier run may have done it meanwhile.
        boolean still = jdbc.sql("""
                SELECT number FROM admission_application WHERE number = ? AND anonymised_at IS NULL FOR UPDATE""")
                .param(number).query(String.class).optional().isPresent();
        if (!still) {
            return List.of();
        }
        jdbc.sql("""
                INSERT INTO admission_application_archive (number, states, archived_at)
                SELECT :number, COALESCE(jsonb_agg(jsonb_build_object('at', h.at, 'action', h.action,
                    'from', h.from_state, 'to', h.to_state, 'ground', h.ground) ORDER BY h.id), '[]'::jsonb), :now
                FROM admission_application_history h WHERE h.number = :number""")
                .param("number", number).param("now", Timestamp.from(now)).update();
        for (String table : List.of("admission_application_history", "admission_document_mark",
                "admission_score_sheet", "admission_letter")) {
            jdbc.sql("DELETE FROM " + table + " WHERE number = ?").param(number).update();
        }
        jdbc.sql("""
                UPDATE admission_application SET candidate_email = :placeholder, candidate_name = NULL,
                    nationality = NULL, eligibility = CASE WHEN eligibility IS NULL THEN NULL ELSE '{}'::jsonb END,
                    anonymised_at = :now, version = version + 1
                WHERE number = :number""")
                .param("placeholder", "removed-" + number.toLowerCase() + "@archive.invalid")
                .param("now", Timestamp.from(now)).param("number", number).update();
        List<UUID> removed = new ArrayList<>();
        boolean fileStillNeeded = jdbc.sql("""
                SELECT count(*) FROM admission_application
                WHERE lower(candidate_email) = lower(?) AND university = ? AND intake = ?""")
                .params(application.email(), application.university(), application.intake())
                .query(Integer.class).single() > 0;
        if (!fileStillNeeded) {
            removed.addAll(jdbc.sql("""
                    DELETE FROM admission_candidate_document WHERE file_id IN (
                        SELECT id FROM admission_candidate_file
                        WHERE lower(candidate_email) = lower(?) AND university = ? AND intake = ?)
                    RETURNING document_id""")
                    .params(application.email(), application.university(), application.intake())
                    .query((rs, i) -> rs.getObject("document_id", UUID.class)).list());
            jdbc.sql("""
                    DELETE FROM admission_candidate_file
                    WHERE lower(candidate_email) = lower(?) AND university = ? AND intake = ?""")
                    .params(application.email(), application.university(), application.intake()).update();
        }
        audit.record(AuditEvent.of(AuditActor.system("admission-retention"), ANONYMISED, "admission:" + number)
                .with("retentionYears", application.retentionYears()).with("documentsRemoved", removed.size()));
        return removed;
    }
}
