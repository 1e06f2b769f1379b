package org.passage.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox tables. A claim locks due rows with {@code FOR UPDATE SKIP LOCKED} and gives them a lease
 * ({@code claimed_until}) in one statement, run outside any transaction so that it commits at once:
 * nodes racing for a row never both get it, and a row whose node died while holding it becomes
 * claimable again when the lease ends.
 */
@Component
class Outbox {

    private static final String CLAIMABLE =
            "status = 'PENDING' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until <= :now)";

    // The locking select as a CTE, which PostgreSQL runs exactly once (a subquery could be re-run).
    private static final String CLAIM = """
            WITH claimed AS (%s)
            UPDATE notification_delivery d SET claimed_until = :until
            FROM claimed, notification n
            WHERE d.id = claimed.id AND n.id = d.notification_id
            RETURNING d.id, n.type, d.channel, d.address, d.subject, d.body, d.attempts""";

    private static final String CLAIM_NEXT_DUE = CLAIM.formatted(
            "SELECT id FROM notification_delivery WHERE " + CLAIMABLE
                    + " ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED");

    private static final String CLAIM_IDS = CLAIM.formatted(
            "SELECT id FROM notification_delivery WHERE id IN (:ids) AND " + CLAIMABLE + " FOR UPDATE SKIP LOCKED");

    private static final RowMapper<Delivery> DELIVERY = (row, number) -> new Delivery(
            row.getObject("id", UUID.class), MessageType.valueOf(row.getString("type")),
            Channel.valueOf(row.getString("channel")), row.getString("address"), row.getString("subject"),
            row.getString("body"), row.getInt("attempts"));

    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a notification and its deliveries, pending and due at once; returns the delivery ids,
     * none when the notification's key was recorded before.
     */
    List<UUID> enqueue(Notification notification, List<Delivery> deliveries, Instant now) {
        UUID notificationId = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO notification (id, idempotency_key, type, language, created_at)
                        VALUES (:id, :key, :type, :language, :now)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("id", notificationId)
                .param("key", notification.key())
                .param("type", notification.type().name())
                .param("language", notification.language().getLanguage())
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 0) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            jdbc.sql("""
                            INSERT INTO notification_delivery
                                (id, notification_id, channel, address, subject, body, status, next_attempt_at)
                            VALUES (:id, :notification, :channel, :address, :subject, :body, 'PENDING', :now)""")
                    .param("id", delivery.id())
                    .param("notification", notificationId)
                    .param("channel", delivery.channel().name())
                    .param("address", delivery.address())
                    .param("subject", delivery.subject())
                    .param("body", delivery.body())
                    .param("now", Timestamp.from(now))
                    .update();
            ids.add(delivery.id());
        }
        return ids;
    }

    /** Claims the longest-waiting due delivery no other node holds, if any. */
    Optional<Delivery> claimNextDue(Instant now, Duration lease) {
        return jdbc.sql(CLAIM_NEXT_DUE)
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(lease)))
                .query(DELIVERY)
                .optional();
    }

    /** Claims those of {@code ids} that are due and held by no other node. */
    List<Delivery> claim(Collection<UUID> ids, Instant now, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CLAIM_IDS)
                .param("ids", ids)
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(lease)))
                .query(DELIVERY)
                .list();
    }

    /** Records a successful delivery; a one-time code's text is not kept once it is sent. */
    void markSent(Delivery delivery, Instant now) {
        jdbc.sql("""
                        UPDATE notification_delivery
                        SET status = 'SENT', sent_at = :now, claimed_until = NULL, last_error = NULL,
                            body = CASE WHEN :purge THEN NULL ELSE body END
                        WHERE id = :id AND status = 'PENDING'""")
                .param("id", delivery.id())
                .param("now", Timestamp.from(now))
                .param("purge", isSecret(delivery))
                .update();
    }

    /** Records a failed attempt and when to try again. */
    void markRetry(Delivery delivery, Instant nextAttempt, String error) {
        jdbc.sql("""
                        UPDATE notification_delivery
                        SET attempts = attempts + 1, next_attempt_at = :next, claimed_until = NULL, last_error = :error
                        WHERE id = :id AND status = 'PENDING'""")
                .param("id", delivery.id())
                .param("next", Timestamp.from(nextAttempt))
                .param("error", truncated(error))
                .update();
    }

    /** Records the last failed attempt: the delivery is given up, and a one-time code's text with it. */
    void markFailed(Delivery delivery, String error) {
        jdbc.sql("""
                        UPDATE notification_delivery
                        SET attempts = attempts + 1, status = 'FAILED', claimed_until = NULL, last_error = :error,
                            body = CASE WHEN :purge THEN NULL ELSE body END
                        WHERE id = :id AND status = 'PENDING'""")
                .param("id", delivery.id())
                .param("error", truncated(error))
                .param("purge", isSecret(delivery))
                .update();
    }

    // A one-time code is useless once sent or given up, and must not stay readable in the table.
    private static boolean isSecret(Delivery delivery) {
        return delivery.type() == MessageType.ONE_TIME_CODE;
    }

    private static String truncated(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
