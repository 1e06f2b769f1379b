package org.passage.appointments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ApplicationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The submitted applications this module knows, and the queue of those waiting for the directorate
 * to assign a date. Every change of an application's appointments first locks its row here, so two
 * requests for the same application never interleave.
 */
@Repository
class KnownApplications {

    /** A submitted application as far as appointments care. */
    record KnownApplication(ApplicationNumber number, ProvinceCode province, Instant submittedAt,
            ApplicantContact contact, boolean awaitingAssignment) {
    }

    private final JdbcClient jdbc;

    KnownApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a submitted application once; in Istanbul and Ankara it joins the queue. */
    void add(ApplicationNumber number, ProvinceCode province, Instant submittedAt, ApplicantContact contact) {
        jdbc.sql("""
                INSERT INTO appointment_application (number, province, submitted_at, email, mobile, language,
                    awaiting_assignment)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO NOTHING""")
                .params(number.value(), province.value(), Timestamp.from(submittedAt), contact.email(),
                        contact.mobile(), contact.language().getLanguage(), Directorate.assignsDates(province))
                .update();
    }

    Optional<KnownApplication> find(ApplicationNumber number) {
        return jdbc.sql("SELECT * FROM appointment_application WHERE number = ?").param(number.value())
                .query(this::map).optional();
    }

    /** The application, its row locked until the transaction ends. */
    Optional<KnownApplication> lock(ApplicationNumber number) {
        return jdbc.sql("SELECT * FROM appointment_application WHERE number = ? FOR UPDATE").param(number.value())
                .query(this::map).optional();
    }

    /** The longest-waiting application of the province's queue, locked; ties go by number. */
    Optional<KnownApplication> nextWaiting(ProvinceCode province) {
        return jdbc.sql("""
                SELECT * FROM appointment_application WHERE province = ? AND awaiting_assignment
                ORDER BY submitted_at, number LIMIT 1 FOR UPDATE""")
                .param(province.value())
                .query(this::map).optional();
    }

    void leaveQueue(ApplicationNumber number) {
        jdbc.sql("UPDATE appointment_application SET awaiting_assignment = FALSE WHERE number = ?")
                .param(number.value()).update();
    }

    private KnownApplication map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new KnownApplication(new ApplicationNumber(rs.getString("number")),
                new ProvinceCode(rs.getString("province")), rs.getTimestamp("submitted_at").toInstant(),
                new ApplicantContact(rs.getString("email"), rs.getString("mobile"),
                        Locale.forLanguageTag(rs.getString("language"))),
                rs.getBoolean("awaiting_assignment"));
    }
}
