package org.passage.admissions.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores admission applications and appends their history; a stale save is refused. */
@Repository
public class AdmissionApplications {

    private final JdbcClient jdbc;

    AdmissionApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new application, or updates a loaded one, and appends its pending transitions. */
    void save(AdmissionApplication application) {
        if (application.version() == 0 && !exists(application.number())) {
            insert(application);
        } else {
            update(application);
        }
        for (AdmissionTransition t : application.pendingTransitions()) {
            jdbc.sql("""
                    INSERT INTO admission_application_history (number, at, actor_kind, actor_id, action, from_state,
                        to_state, reason, ground, rulebook_version, document, due_on)
                    VALUES (:number, :at, :kind, :actor, :action, :from, :to, :reason, :ground, :version, :document,
                        :dueOn)""")
                    .param("number", application.number().value()).param("at", Timestamp.from(t.at()))
                    .param("kind", t.actor().kind().name()).param("actor", t.actor().id())
                    .param("action", t.action()).param("from", t.from() == null ? null : t.from().name())
                    .param("to", t.to().name()).param("reason", t.reason()).param("ground", t.ground())
                    .param("version", t.rulebookVersion()).param("document", t.document())
                    .param("dueOn", t.dueOn() == null ? null : java.sql.Date.valueOf(t.dueOn()))
                    .update();
        }
        application.transitionsStored();
    }

    /** Records the candidate's name as in the passport, which the acceptance letter carries. */
    void nameCandidate(AdmissionNumber number, String name) {
        jdbc.sql("UPDATE admission_application SET candidate_name = ? WHERE number = ?").params(name, number.value())
                .update();
    }

    private boolean exists(AdmissionNumber number) {
        return jdbc.sql("SELECT COUNT(*) FROM admission_application WHERE number = ?").param(number.value())
                .query(Integer.class).single() > 0;
    }

    private void insert(AdmissionApplication a) {
        jdbc.sql("""
                INSERT INTO admission_application (number, university, intake, programme, preference, candidate_email,
                    state, created_at, updated_at)
                VALUES (:number, :university, :intake, :programme, :preference, :email, :state, :created, :updated)""")
                .param("number", a.number().value()).param("university", a.university()).param("intake", a.intake())
                .param("programme", a.programme()).param("preference", a.preference())
                .param("email", a.candidateEmail()).param("state", a.state().name())
                .param("created", Timestamp.from(a.createdAt())).param("updated", Timestamp.from(a.updatedAt()))
                .update();
    }

    private void update(AdmissionApplication a) {
        Submission s = a.submission();
        int updated = jdbc.sql("""
                UPDATE admission_application SET state = :state, nationality = :nationality, basis = :basis,
                    eligibility = CAST(:eligibility AS jsonb), rulebook_version = :rulebookVersion,
                    submitted_at = :submittedAt, student_number = :studentNumber, updated_at = :updated,
                    version = version + 1
                WHERE number = :number AND version = :version""")
                .param("state", a.state().name())
                .param("nationality", s == null ? null : s.nationality())
                .param("basis", s == null ? null : s.basis())
                .param("eligibility", s == null ? null : s.eligibility())
                .param("rulebookVersion", s == null ? null : s.rulebookVersion())
                .param("submittedAt", a.submittedAt() == null ? null : Timestamp.from(a.submittedAt()))
                .param("studentNumber", a.studentNumber())
                .param("updated", Timestamp.from(a.updatedAt()))
                .param("number", a.number().value()).param("version", a.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("application " + a.number() + " was changed meanwhile");
        }
    }

    /** As {@link #find}, locking the application's row until the transaction ends: one change at a time. */
    Optional<AdmissionApplication> lock(AdmissionNumber number) {
        return jdbc.sql("SELECT * FROM admission_application WHERE number = ? FOR UPDATE").param(number.value())
                .query(AdmissionApplications::application).optional();
    }

    /** The application with the number, as stored now. */
    public Optional<AdmissionApplication> find(AdmissionNumber number) {
        return jdbc.sql("SELECT * FROM admission_application WHERE number = ?").param(number.value())
                .query(AdmissionApplications::application).optional();
    }

    /** The candidate's applications, newest intake first, then by preference. */
    public List<AdmissionApplication> ofCandidate(String email) {
        return jdbc.sql("""
                SELECT * FROM admission_application WHERE lower(candidate_email) = lower(?)
                ORDER BY intake DESC, preference""")
                .param(email).query(AdmissionApplications::application).list();
    }

    /** The application's recorded history, oldest first. */
    public List<AdmissionTransition> history(AdmissionNumber number) {
        return jdbc.sql("SELECT * FROM admission_application_history WHERE number = ? ORDER BY id")
                .param(number.value())
                .query((rs, i) -> new AdmissionTransition(rs.getTimestamp("at").toInstant(),
                        new AdmissionActor(AdmissionActor.Kind.valueOf(rs.getString("actor_kind")),
                                rs.getString("actor_id")),
                        rs.getString("action"),
                        rs.getString("from_state") == null ? null : AdmissionState.valueOf(rs.getString("from_state")),
                        AdmissionState.valueOf(rs.getString("to_state")), rs.getString("reason"),
                        rs.getString("ground"), rs.getString("rulebook_version"), rs.getString("document"),
                        rs.getObject("due_on", java.time.LocalDate.class)))
                .list();
    }

    private static AdmissionApplication application(ResultSet rs, int row) throws SQLException {
        String eligibility = rs.getString("eligibility");
        Submission submission = eligibility == null ? null
                : new Submission(eligibility, rs.getString("basis"), rs.getString("nationality"),
                        rs.getString("rulebook_version"));
        return new AdmissionApplication(new AdmissionNumber(rs.getString("number")), rs.getString("university"),
                rs.getString("intake"), rs.getString("programme"), rs.getInt("preference"),
                rs.getString("candidate_email"), AdmissionState.valueOf(rs.getString("state")), submission,
                instant(rs, "submitted_at"), rs.getString("student_number"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
