package org.passage.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail. Events are written in the caller's transaction, so a change and its
 * record commit or roll back together; without a transaction each call commits on its own.
 */
@Service
public class AuditTrail {

    /** The action of {@link #recordView}: a member of staff was shown personal data of the subject. */
    public static final String PERSONAL_DATA_VIEWED = "PERSONAL_DATA_VIEWED";

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };
    private static final int LONGEST_LIST = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records {@code event}, stamped with the current time. */
    @Transactional
    public void record(AuditEvent event) {
        jdbc.sql("""
                INSERT INTO audit_event (at, actor_kind, actor_id, action, subject, reason, rulebook_version, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")
                .params(Timestamp.from(clock.instant()), event.actor().kind().name(), event.actor().id(),
                        event.action(), event.subject(), event.reason(), event.rulebookVersion(),
                        json.writeValueAsString(event.details()))
                .update();
    }

    /**
     * Records that {@code viewer} was shown personal data of each of {@code subjects} (one event per
     * subject, so "who saw this application" is one query); {@code view} names what was shown, e.g.
     * {@code university-students.csv}.
     */
    @Transactional
    public void recordView(AuditActor viewer, String view, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO audit_event (at, actor_kind, actor_id, action, subject, details)
                SELECT ?, ?, ?, ?, subject, CAST(? AS jsonb) FROM unnest(CAST(? AS text[])) AS subject""")
                .params(Timestamp.from(clock.instant()), viewer.kind().name(), viewer.id(), PERSONAL_DATA_VIEWED,
                        json.writeValueAsString(Map.of("view", view)), subjects.toArray(String[]::new))
                .update();
    }

    /** The {@code limit} latest events, newest first (at most 1000). */
    @Transactional(readOnly = true)
    public List<RecordedAuditEvent> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC LIMIT ?")
                .param(Math.clamp(limit, 1, LONGEST_LIST))
                .query(this::map).list();
    }

    /** The {@code limit} latest events about {@code subject}, newest first (at most 1000). */
    @Transactional(readOnly = true)
    public List<RecordedAuditEvent> bySubject(String subject, int limit) {
        return jdbc.sql("SELECT * FROM audit_event WHERE subject = ? ORDER BY id DESC LIMIT ?")
                .params(subject, Math.clamp(limit, 1, LONGEST_LIST))
                .query(this::map).list();
    }

    private RecordedAuditEvent map(ResultSet rs, int row) throws SQLException {
        return new RecordedAuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                new AuditActor(AuditActor.Kind.valueOf(rs.getString("actor_kind")), rs.getString("actor_id")),
                rs.getString("action"), rs.getString("subject"), rs.getString("reason"),
                rs.getString("rulebook_version"), json.readValue(rs.getString("details"), DETAILS));
    }
}
