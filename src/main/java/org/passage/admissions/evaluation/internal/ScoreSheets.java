package org.passage.admissions.evaluation.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.evaluation.ScoreSheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the committee's score sheets; a new sheet of an application replaces the one before. */
@Repository
public class ScoreSheets {

    /** An evaluated (forwarded) application of a programme, with its sheet if it has one. */
    public record Candidate(AdmissionNumber number, String candidateEmail, AdmissionState state, Instant submittedAt,
            Optional<ScoreSheet> sheet) {
    }

    private final JdbcClient jdbc;

    ScoreSheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the application's sheet with this one, points in the sheet's order. The sheet's row is
     * written first, so two members saving at once take turns and the later sheet stands whole.
     */
    public void save(ScoreSheet sheet) {
        String number = sheet.number().value();
        jdbc.sql("""
                INSERT INTO admission_score_sheet (number, total, notes, scored_by, scored_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (number) DO UPDATE SET total = EXCLUDED.total, notes = EXCLUDED.notes,
                    scored_by = EXCLUDED.scored_by, scored_at = EXCLUDED.scored_at""")
                .params(number, sheet.total(), sheet.notes(), sheet.scoredBy(), Timestamp.from(sheet.scoredAt()))
                .update();
        jdbc.sql("DELETE FROM admission_score WHERE number = ?").param(number).update();
        sheet.points().forEach((criterion, points) -> jdbc.sql(
                "INSERT INTO admission_score (number, criterion, points) VALUES (?, ?, ?)")
                .params(number, criterion, points).update());
    }

    /** The application's sheet, if the committee has scored it. */
    public Optional<ScoreSheet> find(AdmissionNumber number) {
        return jdbc.sql("SELECT * FROM admission_score_sheet WHERE number = ?").param(number.value())
                .query((rs, i) -> new ScoreSheet(number, points(List.of(number.value())).getOrDefault(number.value(),
                        Map.of()), rs.getBigDecimal("total"), rs.getString("notes"), rs.getString("scored_by"),
                        rs.getTimestamp("scored_at").toInstant()))
                .optional();
    }

    /** The programme's applications of the intake that reached the committee, with their sheets. */
    public List<Candidate> forwarded(String university, String intake, String programme) {
        record Row(AdmissionNumber number, String email, AdmissionState state, Instant submittedAt,
                BigDecimal total, String notes, String scoredBy, Instant scoredAt) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT a.number, a.candidate_email, a.state, a.submitted_at, s.total, s.notes, s.scored_by,
                    s.scored_at
                FROM admission_application a LEFT JOIN admission_score_sheet s ON s.number = a.number
                WHERE a.university = ? AND a.intake = ? AND a.programme = ?
                    AND a.state NOT IN ('DRAFT', 'SUBMITTED', 'CLOSED_INELIGIBLE')
                ORDER BY a.number""")
                .params(university, intake, programme)
                .query((rs, i) -> new Row(new AdmissionNumber(rs.getString("number")), rs.getString("candidate_email"),
                        AdmissionState.valueOf(rs.getString("state")), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getBigDecimal("total"), rs.getString("notes"), rs.getString("scored_by"),
                        rs.getTimestamp("scored_at") == null ? null : rs.getTimestamp("scored_at").toInstant()))
                .list();
        Map<String, Map<String, Integer>> points = points(rows.stream().filter(r -> r.total() != null)
                .map(r -> r.number().value()).toList());
        return rows.stream().map(r -> new Candidate(r.number(), r.email(), r.state(), r.submittedAt(),
                r.total() == null ? Optional.empty() : Optional.of(new ScoreSheet(r.number(),
                        points.getOrDefault(r.number().value(), Map.of()), r.total(), r.notes(), r.scoredBy(),
                        r.scoredAt())))).toList();
    }

    private Map<String, Map<String, Integer>> points(List<String> numbers) {
        Map<String, Map<String, Integer>> points = new HashMap<>();
        if (numbers.isEmpty()) {
            return points;
        }
        jdbc.sql("SELECT number, criterion, points FROM admission_score WHERE number IN (:numbers)")
                .param("numbers", numbers)
                .query((rs, i) -> {
                    points.computeIfAbsent(rs.getString("number"), n -> new LinkedHashMap<>())
                            .put(rs.getString("criterion"), rs.getInt("points"));
                    return null;
                }).list();
        return points;
    }
}
