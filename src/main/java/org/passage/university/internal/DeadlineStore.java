package org.passage.university.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.passage.residence.ApplicationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the office recorded of a student's deadlines: the change each runs from and when it was met. */
@Repository
public class DeadlineStore {

    /** The office's record of one deadline; either date may be {@code null}. */
    public record Marks(LocalDate startsOn, LocalDate metOn) {
    }

    private final JdbcClient jdbc;

    DeadlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The marks by deadline code. */
    public Map<String, Marks> of(ApplicationNumber number) {
        Map<String, Marks> marks = new LinkedHashMap<>();
        jdbc.sql("SELECT code, starts_on, met_on FROM university_student_deadline WHERE application_number = ?")
                .param(number.value())
                .query(rs -> {
                    marks.put(rs.getString("code"), new Marks(date(rs.getDate("starts_on")),
                            date(rs.getDate("met_on"))));
                });
        return marks;
    }

    public void save(ApplicationNumber number, String code, Marks marks, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO university_student_deadline (application_number, code, starts_on, met_on, updated_at,
                    updated_by) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (application_number, code) DO UPDATE SET starts_on = EXCLUDED.starts_on,
                    met_on = EXCLUDED.met_on, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .params(number.value(), code, sql(marks.startsOn()), sql(marks.metOn()), Timestamp.from(at), by)
                .update();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
