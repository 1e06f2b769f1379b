package org.passage.directorate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.passage.residence.ApplicationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officers' latest mark on each checklist item of a case. */
@Repository
class ChecklistMarks {

    /** What the officer found for a checklist item. */
    enum Mark {
        RECEIVED, MISSING, NOT_VALID
    }

    private final JdbcClient jdbc;

    ChecklistMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void mark(ApplicationNumber number, String item, Mark mark, String officer, Instant at) {
        jdbc.sql("""
                INSERT INTO directorate_checklist_mark (number, item_code, mark, marked_by, marked_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (number, item_code) DO UPDATE SET mark = EXCLUDED.mark, marked_by = EXCLUDED.marked_by,
                    marked_at = EXCLUDED.marked_at""")
                .params(number.value(), item, mark.name(), officer, Timestamp.from(at)).update();
    }

    /** The marks of a case by item code. */
    Map<String, Mark> of(ApplicationNumber number) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        jdbc.sql("SELECT item_code, mark FROM directorate_checklist_mark WHERE number = ?").param(number.value())
                .query(rs -> {
                    marks.put(rs.getString("item_code"), Mark.valueOf(rs.getString("mark")));
                });
        return marks;
    }
}
