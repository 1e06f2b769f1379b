package org.passage.rules.parameters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proposed, approved and rejected parameter values, in PostgreSQL. */
@Repository
class ProposedValues {

    private final JdbcClient jdbc;

    ProposedValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(ProposedValue v) {
        return jdbc.sql("""
                INSERT INTO rule_parameter_value (rulebook, parameter, valid_from, valid_to, value, publisher, title,
                    section, url, published_on, state, proposed_by, proposed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?) RETURNING id""")
                .params(v.rulebook(), v.parameter(), v.from(), v.to(), v.value(), v.publisher(), v.title(),
                        v.section(), v.url(), v.publishedOn(), v.proposedBy(), Timestamp.from(v.proposedAt()))
                .query(Long.class).single();
    }

    Optional<ProposedValue> find(long id) {
        return jdbc.sql("SELECT * FROM rule_parameter_value WHERE id = ?").param(id).query(ProposedValues::map)
                .optional();
    }

    /**
     * Locks the parameter's approved periods for the rest of the transaction, so that two approvals of
     * overlapping periods on two nodes run one after the other and the second sees the first.
     */
    void lockParameter(String rulebook, String parameter) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(rulebook + "/" + parameter)
                .query((rs, n) -> 1).list();
    }

    /** Decides a proposal still open; false when someone decided it first. */
    boolean decide(long id, ProposedValue.State state, String decidedBy, Instant at) {
        return jdbc.sql("""
                UPDATE rule_parameter_value SET state = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND state = 'PROPOSED'""")
                .params(state.name(), decidedBy, Timestamp.from(at), id).update() == 1;
    }

    List<ProposedValue> approved(String rulebook) {
        return jdbc.sql("""
                SELECT * FROM rule_parameter_value WHERE rulebook = ? AND state = 'APPROVED'
                ORDER BY parameter, valid_from""").param(rulebook).query(ProposedValues::map).list();
    }

    List<ProposedValue> approved(String rulebook, String parameter) {
        return jdbc.sql("""
                SELECT * FROM rule_parameter_value WHERE rulebook = ? AND parameter = ? AND state = 'APPROVED'
                ORDER BY valid_from""").params(rulebook, parameter).query(ProposedValues::map).list();
    }

    /** Open proposals first, then the latest decisions. */
    List<ProposedValue> latest(int limit) {
        return jdbc.sql("""
                SELECT * FROM rule_parameter_value
                ORDER BY state = 'PROPOSED' DESC, COALESCE(decided_at, proposed_at) DESC, id DESC LIMIT ?""")
                .param(limit).query(ProposedValues::map).list();
    }

    private static ProposedValue map(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        java.sql.Date to = rs.getDate("valid_to");
        return new ProposedValue(rs.getLong("id"), rs.getString("rulebook"), rs.getString("parameter"),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString("value"),
                rs.getString("publisher"), rs.getString("title"), rs.getString("section"), rs.getString("url"),
                rs.getDate("published_on").toLocalDate(), ProposedValue.State.valueOf(rs.getString("state")),
                rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}
