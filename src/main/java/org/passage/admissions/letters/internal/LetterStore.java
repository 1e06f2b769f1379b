package org.passage.admissions.letters.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.VerificationCode;
import org.passage.rules.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores acceptance letters: at most one per application, whoever issues it first. */
@Repository
public class LetterStore {

    /** How many of an intake's applications hold a place, and how many of those have a letter. */
    public record Count(int admitted, int withLetter) {
    }

    private static final String LETTER = """
            SELECT l.code, l.number, l.candidate_name, l.issued_at, l.issued_by, a.university, a.intake, a.programme,
                a.state
            FROM admission_letter l JOIN admission_application a ON a.number = l.number""";

    private final JdbcClient jdbc;

    LetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the letter unless the application has one already (a second click, another member of
     * staff, the bulk run): the database keeps the first, and the caller reads it back.
     */
    public void insertIfAbsent(VerificationCode code, AdmissionNumber number, String candidateName, Instant at,
            String by) {
        jdbc.sql("""
                INSERT INTO admission_letter (code, number, candidate_name, issued_at, issued_by)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(code.value(), number.value(), candidateName, Timestamp.from(at), by).update();
    }

    public Optional<AcceptanceLetter> find(VerificationCode code) {
        return jdbc.sql(LETTER + " WHERE l.code = ?").param(code.value()).query(LetterStore::letter).optional();
    }

    public Optional<AcceptanceLetter> ofApplication(AdmissionNumber number) {
        return jdbc.sql(LETTER + " WHERE l.number = ?").param(number.value()).query(LetterStore::letter).optional();
    }

    /** The name to print: the candidate's as given on the application, else their e-mail's local part. */
    public String candidateName(AdmissionNumber number) {
        return jdbc.sql("""
                SELECT COALESCE(NULLIF(btrim(candidate_name), ''), split_part(candidate_email, '@', 1))
                FROM admission_application WHERE number = ?""")
                .param(number.value()).query(String.class).single();
    }

    /** The intake's applications that hold a place and have no letter yet, oldest submission first. */
    public List<AdmissionNumber> withoutLetter(String university, String intake) {
        return jdbc.sql("""
                SELECT a.number FROM admission_application a
                WHERE a.university = ? AND a.intake = ? AND a.state IN ('ADMITTED', 'OFFER_ACCEPTED', 'ENROLLED')
                    AND NOT EXISTS (SELECT 1 FROM admission_letter l WHERE l.number = a.number)
                ORDER BY a.submitted_at, a.number""")
                .params(university, intake).query((rs, i) -> new AdmissionNumber(rs.getString(1))).list();
    }

    public Count count(String university, String intake) {
        return jdbc.sql("""
                SELECT COUNT(*) AS admitted, COUNT(l.code) AS with_letter
                FROM admission_application a LEFT JOIN admission_letter l ON l.number = a.number
                WHERE a.university = ? AND a.intake = ? AND a.state IN ('ADMITTED', 'OFFER_ACCEPTED', 'ENROLLED')""")
                .params(university, intake)
                .query((rs, i) -> new Count(rs.getInt("admitted"), rs.getInt("with_letter"))).single();
    }

    /** The university's name in three languages and its city. */
    public Optional<University> university(String code) {
        return jdbc.sql("SELECT name_tr, name_en, name_de, city, website FROM admission_university WHERE code = ?")
                .param(code)
                .query((rs, i) -> new University(new LocalizedText(rs.getString("name_tr"), rs.getString("name_en"),
                        rs.getString("name_de")), rs.getString("city"), rs.getString("website")))
                .optional();
    }

    /** A university as a letter names it. */
    public record University(LocalizedText name, String city, String website) {
    }

    private static AcceptanceLetter letter(ResultSet rs, int row) throws SQLException {
        return new AcceptanceLetter(new VerificationCode(rs.getString("code")),
                new AdmissionNumber(rs.getString("number")), rs.getString("university"), rs.getString("intake"),
                rs.getString("programme"), rs.getString("candidate_name"), rs.getTimestamp("issued_at").toInstant(),
                rs.getString("issued_by"), AdmissionState.valueOf(rs.getString("state")));
    }
}
