package org.passage.admissions.desk;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registrar's latest mark per required document of an application. */
@Repository
public class DocumentMarks {

    private final JdbcClient jdbc;

    DocumentMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The application's marks, by document code. */
    public List<DocumentMark> of(AdmissionNumber number) {
        return jdbc.sql("SELECT * FROM admission_document_mark WHERE number = ? ORDER BY document")
                .param(number.value()).query(DocumentMarks::mark).list();
    }

    public Optional<DocumentMark> find(AdmissionNumber number, String document) {
        return jdbc.sql("SELECT * FROM admission_document_mark WHERE number = ? AND document = ?")
                .params(number.value(), document).query(DocumentMarks::mark).optional();
    }

    /**
     * The latest day by which any of the applications asks for a corrected {@code document} while it
     * is still marked missing or not valid; empty when none asks.
     */
    public Optional<LocalDate> correctBy(Collection<AdmissionNumber> numbers, String document) {
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT correct_by FROM admission_document_mark
                WHERE number IN (:numbers) AND document = :document AND mark <> 'RECEIVED' AND correct_by IS NOT NULL
                ORDER BY correct_by DESC LIMIT 1""")
                .param("numbers", numbers.stream().map(AdmissionNumber::value).toList())
                .param("document", document).query(LocalDate.class).optional();
    }

    void save(AdmissionNumber number, DocumentMark mark) {
        jdbc.sql("""
                INSERT INTO admission_document_mark (number, document, mark, note, correct_by, marked_by, marked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (number, document) DO UPDATE SET mark = EXCLUDED.mark, note = EXCLUDED.note,
                    correct_by = EXCLUDED.correct_by, marked_by = EXCLUDED.marked_by, marked_at = EXCLUDED.marked_at""")
                .params(number.value(), mark.document(), mark.mark().name(), mark.note(),
                        mark.correctBy() == null ? null : Date.valueOf(mark.correctBy()), mark.markedBy(),
                        Timestamp.from(mark.markedAt()))
                .update();
    }

    private static DocumentMark mark(ResultSet rs, int row) throws SQLException {
        return new DocumentMark(rs.getString("document"), DocumentMark.Mark.valueOf(rs.getString("mark")),
                rs.getString("note"), rs.getObject("correct_by", LocalDate.class), rs.getString("marked_by"),
                rs.getTimestamp("marked_at").toInstant());
    }
}
