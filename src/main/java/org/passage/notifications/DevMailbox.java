package org.passage.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The development mailbox: every e-mail and SMS, kept in the database for reading at
 * {@code /admin/dev-mailbox}, so that a machine without an SMTP server still shows the one-time codes.
 */
class DevMailbox {

    /** A message as the page shows it, with its time in the application's time zone. */
    record Message(ZonedDateTime receivedAt, Channel channel, String address, String subject, String body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean active;

    DevMailbox(JdbcClient jdbc, Clock clock, boolean active) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.active = active;
    }

    boolean active() {
        return active;
    }

    /** Keeps a delivered message; a repeat of the same delivery is kept once. */
    void store(Delivery delivery) {
        jdbc.sql("""
                        INSERT INTO dev_mailbox_message (delivery_id, channel, address, subject, body, received_at)
                        VALUES (:id, :channel, :address, :subject, :body, :now)
                        ON CONFLICT (delivery_id) DO NOTHING""")
                .param("id", delivery.id())
                .param("channel", delivery.channel().name())
                .param("address", delivery.address())
                .param("subject", delivery.subject())
                .param("body", delivery.body())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The {@code limit} newest messages, newest first. */
    List<Message> newest(int limit) {
        return jdbc.sql("""
                        SELECT received_at, channel, address, subject, body FROM dev_mailbox_message
                        ORDER BY received_at DESC, delivery_id LIMIT :limit""")
                .param("limit", limit)
                .query((row, number) -> new Message(
                        row.getTimestamp("received_at").toInstant().atZone(clock.getZone()),
                        Channel.valueOf(row.getString("channel")), row.getString("address"),
                        row.getString("subject"), row.getString("body")))
                .list();
    }
}
