package org.passage.residence.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.PassportNumber;
import org.passage.residence.SharedApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores applications with their new transitions, and publishes their events in the same
 * transaction. A concurrent change of the same application fails with an optimistic-locking error
 * instead of overwriting it.
 */
@Repository
public class Applications {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Reviews reviews;

    Applications(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, Reviews reviews) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.reviews = reviews;
    }

    public Optional<ResidenceApplication> find(ApplicationNumber number) {
        Optional<ResidenceApplication> application = jdbc.sql("SELECT * FROM residence_application WHERE number = ?")
                .param(number.value()).query(this::map).optional();
        application.ifPresent(reviews::restore);
        return application;
    }

    /** Inserts a new application or updates a loaded one, then publishes its events. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(ResidenceApplication a) {
        Submission s = a.submission();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("number", a.number().value());
        params.put("state", a.state().name());
        params.put("kind", a.applicationKind());
        params.put("givenNames", a.identity().givenNames());
        params.put("surname", a.identity().surname());
        params.put("birthDate", a.identity().birthDate());
        params.put("nationality", a.identity().nationality());
        params.put("passport", a.identity().passportNumber().value());
        params.put("passportExpiry", a.identity().passportExpiry());
        params.put("email", a.contact().email());
        params.put("mobile", a.contact().mobile());
        params.put("language", a.contact().language().getLanguage());
        params.put("emailVerifiedAt", ts(a.emailVerifiedAt()));
        params.put("answers", json.writeValueAsString(a.answers()));
        params.put("province", a.province() == null ? null : a.province().value());
        params.put("university", a.university());
        params.put("share", a.sharesWithUniversity());
        params.put("consentChangedAt", ts(a.consentChangedAt()));
        params.put("submittedAt", s == null ? null : ts(s.submittedAt()));
        params.put("applicationDate", s == null ? null : s.applicationDate());
        params.put("permitType", s == null ? null : s.permitType());
        params.put("requestedMonths", s == null ? null : s.requestedMonths());
        params.put("maxValidityMonths", s == null ? null : s.maxValidityMonths());
        params.put("validUntil", s == null ? null : s.validUntil());
        params.put("rulebookVersion", s == null ? null : s.rulebookVersion());
        params.put("assessment", s == null ? null : json.writeValueAsString(s.assessment()));
        params.put("appointmentDate", a.appointmentDate());
        params.put("appointmentProvince", a.appointmentProvince() == null ? null : a.appointmentProvince().value());
        params.put("createdAt", ts(a.createdAt()));
        params.put("updatedAt", ts(a.updatedAt()));
        params.put("version", a.version());
        if (a.version() < 0) {
            jdbc.sql("""
                    INSERT INTO residence_application (number, state, application_kind, given_names, surname, birth_date,
                        nationality, passport_number, passport_expiry, email, mobile, language, email_verified_at,
                        answers, province, university, share_with_university, consent_changed_at, submitted_at,
                        application_date, permit_type, requested_months, max_validity_months, valid_until,
                        rulebook_version, assessment, appointment_date, appointment_province, created_at, updated_at,
                        version)
                    VALUES (:number, :state, :kind, :givenNames, :surname, :birthDate, :nationality, :passport,
                        :passportExpiry, :email, :mobile, :language, :emailVerifiedAt, CAST(:answers AS jsonb),
                        :province, :university, :share, :consentChangedAt, :submittedAt, :applicationDate, :permitType,
                        :requestedMonths, :maxValidityMonths, :validUntil, :rulebookVersion, CAST(:assessment AS jsonb),
                        :appointmentDate, :appointmentProvince, :createdAt, :updatedAt, 0)""")
                    .params(params).update();
        } else {
            int updated = jdbc.sql("""
                    UPDATE residence_application SET state = :state, email = :email, email_verified_at = :emailVerifiedAt,
                        answers = CAST(:answers AS jsonb), province = :province, university = :university,
                        share_with_university = :share, consent_changed_at = :consentChangedAt,
                        submitted_at = :submittedAt, application_date = :applicationDate, permit_type = :permitType,
                        requested_months = :requestedMonths, max_validity_months = :maxValidityMonths,
                        valid_until = :validUntil, rulebook_version = :rulebookVersion,
                        assessment = CAST(:assessment AS jsonb), appointment_date = :appointmentDate,
                        appointment_province = :appointmentProvince, updated_at = :updatedAt, version = version + 1
                    WHERE number = :number AND version = :version""")
                    .params(params).update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("application " + a.number() + " was changed meanwhile");
            }
        }
        for (Transition t : a.newTransitions()) {
            jdbc.sql("""
                    INSERT INTO residence_application_history (number, at, actor_kind, actor_id, action, from_state,
                        to_state, reason, rulebook_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(a.number().value(), ts(t.at()), t.actor().kind().name(), t.actor().id(), t.action(),
                            t.from() == null ? null : t.from().name(), t.to().name(), t.reason(), t.rulebookVersion())
                    .update();
        }
        reviews.save(a);
        a.events().forEach(events::publishEvent);
    }

    /** The recorded transitions of an application, oldest first. */
    public List<Transition> history(ApplicationNumber number) {
        return jdbc.sql("SELECT * FROM residence_application_history WHERE number = ? ORDER BY id")
                .param(number.value())
                .query((rs, i) -> new Transition(rs.getTimestamp("at").toInstant(),
                        new org.passage.residence.Actor(org.passage.residence.Actor.Kind.valueOf(rs.getString("actor_kind")),
                                rs.getString("actor_id")),
                        rs.getString("action"),
                        rs.getString("from_state") == null ? null : ApplicationState.valueOf(rs.getString("from_state")),
                        ApplicationState.valueOf(rs.getString("to_state")), rs.getString("reason"),
                        rs.getString("rulebook_version")))
                .list();
    }

    /** The applications made with this passport, newest first. */
    public List<OwnApplication> ofPassport(PassportNumber passport) {
        return jdbc.sql("""
                SELECT number, state, application_kind, permit_type, answers ->> 'permitType' AS draft_permit_type,
                    created_at
                FROM residence_application WHERE passport_number = ? ORDER BY created_at DESC, number""")
                .param(passport.value())
                .query((rs, i) -> new OwnApplication(new ApplicationNumber(rs.getString("number")),
                        ApplicationState.valueOf(rs.getString("state")), rs.getString("application_kind"),
                        rs.getString("permit_type") != null ? rs.getString("permit_type")
                                : rs.getString("draft_permit_type"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** One of an applicant's applications, for their list. */
    public record OwnApplication(ApplicationNumber number, ApplicationState state, String applicationKind,
            String permitType, Instant createdAt) {
    }

    /** The submitted applications shared with {@code university}'s international office, by surname. */
    public List<SharedApplication> sharedWithUniversity(String university) {
        return jdbc.sql("""
                SELECT number, given_names, surname, permit_type, state, submitted_at, appointment_date
                FROM residence_application
                WHERE share_with_university AND state <> 'DRAFT' AND lower(btrim(university)) = lower(btrim(?))
                ORDER BY surname, given_names, number""")
                .param(university)
                .query((rs, i) -> new SharedApplication(new ApplicationNumber(rs.getString("number")),
                        rs.getString("given_names"), rs.getString("surname"), rs.getString("permit_type"),
                        ApplicationState.valueOf(rs.getString("state")), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getObject("appointment_date", LocalDate.class)))
                .list();
    }

    /** Deletes drafts untouched since {@code before} (their history, codes and uploads links go with them). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ApplicationNumber> deleteDraftsUntouchedSince(Instant before, int limit) {
        return jdbc.sql("""
                DELETE FROM residence_application WHERE number IN (
                    SELECT number FROM residence_application WHERE state = 'DRAFT' AND updated_at < ?
                    ORDER BY updated_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING number""")
                .params(ts(before), limit)
                .query((rs, i) -> new ApplicationNumber(rs.getString(1))).list();
    }

    /** What an application holds already: files on one item and bytes in all. */
    public record Uploads(int filesOnItem, long bytes) {
    }

    /** Locks the application's row for the rest of the transaction and counts its uploads. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Uploads lockUploads(ApplicationNumber number, String itemCode) {
        jdbc.sql("SELECT number FROM residence_application WHERE number = ? FOR UPDATE").param(number.value())
                .query(String.class).single();
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE item_code = ?) AS files, coalesce(sum(size_bytes), 0) AS bytes
                FROM residence_application_document WHERE number = ?""")
                .params(itemCode, number.value())
                .query((rs, row) -> new Uploads(rs.getInt("files"), rs.getLong("bytes"))).single();
    }

    /** Links an uploaded document to a checklist item of the application. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attach(ApplicationNumber number, Attachment attachment) {
        jdbc.sql("""
                INSERT INTO residence_application_document (number, item_code, document_id, file_name, media_type,
                    size_bytes, sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number.value(), attachment.itemCode(), attachment.documentId(), attachment.fileName(),
                        attachment.mediaType(), attachment.size(), attachment.sha256(),
                        Timestamp.from(attachment.uploadedAt()))
                .update();
    }

    /** Removes the link of a document; whether there was one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean detach(ApplicationNumber number, java.util.UUID documentId) {
        return jdbc.sql("DELETE FROM residence_application_document WHERE number = ? AND document_id = ?")
                .params(number.value(), documentId).update() > 0;
    }

    /** The documents uploaded for an application, oldest first. */
    public List<Attachment> attachments(ApplicationNumber number) {
        return jdbc.sql("SELECT * FROM residence_application_document WHERE number = ? ORDER BY uploaded_at")
                .param(number.value())
                .query((rs, i) -> new Attachment(rs.getString("item_code"), rs.getObject("document_id",
                        java.util.UUID.class), rs.getString("file_name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The documents of drafts untouched since {@code before}, to delete with them. */
    public List<java.util.UUID> documentsOfDraftsUntouchedSince(Instant before) {
        return jdbc.sql("""
                SELECT d.document_id FROM residence_application_document d
                JOIN residence_application a ON a.number = d.number
                WHERE a.state = 'DRAFT' AND a.updated_at < ?""")
                .param(ts(before)).query(java.util.UUID.class).list();
    }

    private ResidenceApplication map(ResultSet rs, int row) throws SQLException {
        Identity identity = new Identity(rs.getString("given_names"), rs.getString("surname"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("nationality"),
                new PassportNumber(rs.getString("passport_number")), rs.getObject("passport_expiry", LocalDate.class));
        ApplicantContact contact = new ApplicantContact(rs.getString("email"), rs.getString("mobile"),
                Locale.forLanguageTag(rs.getString("language")));
        String assessment = rs.getString("assessment");
        Submission submission = rs.getTimestamp("submitted_at") == null ? null : new Submission(
                rs.getTimestamp("submitted_at").toInstant(), rs.getObject("application_date", LocalDate.class),
                rs.getString("permit_type"), (Integer) rs.getObject("requested_months"),
                (Integer) rs.getObject("max_validity_months"), rs.getObject("valid_until", LocalDate.class),
                rs.getString("rulebook_version"), json.readValue(assessment, Submission.FrozenAssessment.class));
        return new ResidenceApplication(new ApplicationNumber(rs.getString("number")),
                ApplicationState.valueOf(rs.getString("state")), rs.getString("application_kind"), identity, contact,
                instant(rs.getTimestamp("email_verified_at")), json.readValue(rs.getString("answers"), ANSWERS),
                province(rs.getString("province")), rs.getString("university"),
                rs.getBoolean("share_with_university"), instant(rs.getTimestamp("consent_changed_at")), submission,
                rs.getObject("appointment_date", LocalDate.class), province(rs.getString("appointment_province")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static ProvinceCode province(String code) {
        return code == null ? null : new ProvinceCode(code);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
