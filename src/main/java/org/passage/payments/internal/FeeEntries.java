package org.passage.payments.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Amounts an administrator entered for a year that the fee table has no official figure for. An
 * entry is final: a correction would change fees already charged, so it is refused.
 */
@Repository
class FeeEntries {

    /** An entered amount: {@code amount} for a FLAT item, {@code firstMonth} and {@code followingMonth} for a MONTHLY one. */
    record FeeEntry(String item, String group, int year, BigDecimal amount, BigDecimal firstMonth,
            BigDecimal followingMonth, String source, String enteredBy, Instant enteredAt) {
    }

    /** There is an entry already for this item, group and year. */
    static class AlreadyEnteredException extends RuntimeException {
        AlreadyEnteredException(String item, String group, int year) {
            super("an amount for " + item + "/" + group + "/" + year + " was entered before");
        }
    }

    private final JdbcClient jdbc;

    FeeEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FeeEntry> find(String item, String group, int year) {
        return jdbc.sql("SELECT * FROM payment_fee_entry WHERE item = ? AND nationality_group = ? AND year = ?")
                .params(item, group, year).query(FeeEntries::map).optional();
    }

    List<FeeEntry> all() {
        return jdbc.sql("SELECT * FROM payment_fee_entry ORDER BY year, item, nationality_group").query(FeeEntries::map)
                .list();
    }

    void add(FeeEntry entry) {
        try {
            jdbc.sql("""
                    INSERT INTO payment_fee_entry (item, nationality_group, year, amount, first_month, following_month,
                        source, entered_by, entered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(entry.item(), entry.group(), entry.year(), entry.amount(), entry.firstMonth(),
                            entry.followingMonth(), entry.source(), entry.enteredBy(), Timestamp.from(entry.enteredAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyEnteredException(entry.item(), entry.group(), entry.year());
        }
    }

    private static FeeEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new FeeEntry(rs.getString("item"), rs.getString("nationality_group"), rs.getInt("year"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("first_month"), rs.getBigDecimal("following_month"),
                rs.getString("source"), rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant());
    }
}
