package org.passage.oauth.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passage.calendar.TurkiyeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the authorizations of client-credentials tokens that expired more than a day ago: each token
 * request stores one, and an expired token is refused by its own expiry anyway. Hourly, on one node at
 * a time (ShedLock), in batches.
 */
@Component
class ExpiredAuthorizationsPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiredAuthorizationsPurgeJob.class);
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpiredAuthorizationsPurgeJob(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "0 41 * * * *", zone = TurkiyeTime.ZONE_ID)
    @SchedulerLock(name = "oauth-expired-authorizations-purge", lockAtMostFor = "PT30M")
    void run() {
        int deleted = purge(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} expired OAuth2 authorizations", deleted);
        }
    }

    /** Deletes the client-credentials authorizations expired before {@code now} minus a day; the number deleted. */
    int purge(Instant now) {
        Timestamp before = Timestamp.from(now.minus(KEPT_AFTER_EXPIRY));
        int total = 0;
        while (true) {
            int deleted = jdbc.sql("""
                    DELETE FROM oauth2_authorization WHERE id IN (
                        SELECT id FROM oauth2_authorization
                        WHERE authorization_grant_type = 'client_credentials' AND access_token_expires_at < ?
                        LIMIT ?)""").params(before, BATCH).update();
            total += deleted;
            if (deleted < BATCH) {
                return total;
            }
        }
    }
}
