package org.passage.university.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.passage.residence.ApplicationNumber;
import org.passage.university.IntakeRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The office's step-8 records, one per application. */
@Repository
public class IntakeStore {

    private final JdbcClient jdbc;

    IntakeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IntakeRecord> find(ApplicationNumber number) {
        return jdbc.sql("""
                SELECT application_number, received_items, note, forwarded_on, updated_at, updated_by
                FROM university_intake WHERE application_number = ?""")
                .param(number.value())
                .query((rs, i) -> {
                    Date forwarded = rs.getDate("forwarded_on");
                    return new IntakeRecord(new ApplicationNumber(rs.getString("application_number")),
                            items(rs.getArray("received_items")), rs.getString("note"),
                            forwarded == null ? null : forwarded.toLocalDate(),
                            rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
                })
                .optional();
    }

    public void save(IntakeRecord record) {
        jdbc.sql("""
                INSERT INTO university_intake (application_number, received_items, note, forwarded_on, updated_at,
                    updated_by)
                VALUES (:number, CAST(:items AS VARCHAR(60)[]), :note, :forwarded, :at, :by)
                ON CONFLICT (application_number) DO UPDATE SET received_items = EXCLUDED.received_items,
                    note = EXCLUDED.note, forwarded_on = EXCLUDED.forwarded_on, updated_at = EXCLUDED.updated_at,
                    updated_by = EXCLUDED.updated_by""")
                .param("number", record.number().value())
                .param("items", "{" + String.join(",", record.receivedItems().stream().sorted().toList()) + "}")
                .param("note", record.note())
                .param("forwarded", record.forwardedOn() == null ? null : Date.valueOf(record.forwardedOn()))
                .param("at", Timestamp.from(record.updatedAt()))
                .param("by", record.updatedBy())
                .update();
    }

    private static Set<String> items(Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
