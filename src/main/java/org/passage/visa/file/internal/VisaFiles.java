package org.passage.visa.file.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.visa.GermanVisaRequest;
import org.passage.visa.file.VisaFileStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The visa files, their items, uploads and timelines, in PostgreSQL. */
@Repository
class VisaFiles {

    /** One upload of an item. */
    record Upload(UUID documentId, Person person, String code, String fileName, long size, Instant uploadedAt) {
    }

    /** One step of the timeline. */
    record Event(VisaFileStatus status, String actor, @Nullable String reason, Instant at) {
    }

    /** A file as a staff queue lists it. */
    record Listed(UUID id, String email, String category, VisaFileStatus status, @Nullable String centre,
            @Nullable LocalDate appointmentOn) {

        String number() {
            return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    VisaFiles(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(VisaFile file) {
        jdbc.sql("""
                INSERT INTO visa_file (id, email, language, category, request, rulebook_version, status, created_at)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""")
                .params(file.id(), file.email(), file.language().getLanguage(), file.category(),
                        json.writeValueAsString(file.request()), file.rulebookVersion(), file.status().name(),
                        Timestamp.from(file.createdAt()))
                .update();
        int position = 0;
        for (VisaFile.Item item : file.items()) {
            jdbc.sql("""
                    INSERT INTO visa_file_item (file_id, person, code, position, required, citation_source,
                        citation_section, may_bring, bring) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(file.id(), item.person().key(), item.code(), position++, item.required(),
                            item.citationSource(), item.citationSection(), item.mayBring(), item.bring())
                    .update();
        }
    }

    /** Writes the state a transition changed. */
    void update(VisaFile file) {
        IssuedVisa visa = file.visa();
        jdbc.sql("""
                UPDATE visa_file SET status = ?, centre = ?, appointment_on = ?, handed_in_on = ?, refusal_reason = ?,
                    fee_payment = ?, visa_type = ?, visa_valid_from = ?, visa_valid_until = ?, visa_entries = ?,
                    visa_annotations = ?, refusal_ground = ?, passport_return = ?, tracking_reference = ?, authority_consulted_on = ?
                WHERE id = ?""")
                .params(file.status().name(), file.centre(), file.appointmentOn(), file.handedInOn(),
                        file.refusalReason(), file.feePayment() == null ? null : file.feePayment().name(),
                        visa == null ? null : visa.type(), visa == null ? null : visa.validFrom(),
                        visa == null ? null : visa.validUntil(), visa == null ? null : visa.entries().name(),
                        visa == null ? null : visa.annotations(), file.refusalGround(),
                        file.passportReturn() == null ? null : file.passportReturn().name(), file.trackingReference(),
                        file.authorityConsultedOn(), file.id())
                .update();
    }

    Optional<VisaFile> find(UUID id) {
        return load(id, "");
    }

    /** The file, its row locked until the transaction ends: concurrent changes of one file queue here. */
    Optional<VisaFile> lock(UUID id) {
        return load(id, " FOR UPDATE");
    }

    private Optional<VisaFile> load(UUID id, String lock) {
        List<VisaFile.Item> items = jdbc.sql("""
                SELECT person, code, required, citation_source, citation_section, may_bring, bring FROM visa_file_item
                WHERE file_id = ? ORDER BY position""").param(id)
                .query((rs, i) -> new VisaFile.Item(new Person(rs.getString("person")), rs.getString("code"),
                        rs.getBoolean("required"), rs.getString("citation_source"), rs.getString("citation_section"),
                        rs.getBoolean("may_bring"), rs.getBoolean("bring")))
                .list();
        return jdbc.sql("SELECT * FROM visa_file WHERE id = ?" + lock).param(id)
                .query((rs, i) -> file(rs, items)).optional();
    }

    private VisaFile file(ResultSet rs, List<VisaFile.Item> items) throws SQLException {
        return new VisaFile(rs.getObject("id", UUID.class), rs.getString("email"),
                Locale.of(rs.getString("language")),
                json.readValue(rs.getString("request"), GermanVisaRequest.class), rs.getString("rulebook_version"),
                rs.getTimestamp("created_at").toInstant(), items, VisaFileStatus.valueOf(rs.getString("status")),
                rs.getString("centre"), rs.getObject("appointment_on", LocalDate.class),
                rs.getObject("handed_in_on", LocalDate.class), rs.getString("refusal_reason"),
                rs.getString("fee_payment") == null ? null : FeePayment.valueOf(rs.getString("fee_payment")))
                .restore(rs.getString("visa_type") == null ? null : new IssuedVisa(
                                rs.getObject("visa_valid_from", LocalDate.class),
                                rs.getObject("visa_valid_until", LocalDate.class),
                                IssuedVisa.Entries.valueOf(rs.getString("visa_entries")),
                                rs.getString("visa_annotations")),
                        rs.getString("refusal_ground"),
                        rs.getString("passport_return") == null ? null
                                : PassportReturn.valueOf(rs.getString("passport_return")),
                        rs.getString("tracking_reference"))
                .restoreConsultation(rs.getObject("authority_consulted_on", LocalDate.class));
    }

    /** The files of one applicant, newest first. */
    List<Listed> ofApplicant(String email) {
        return jdbc.sql("""
                SELECT id, email, category, status, centre, appointment_on FROM visa_file
                WHERE email = ? ORDER BY created_at DESC""").param(email).query(this::listed).list();
    }

    /** The files in any of these statuses, by appointment date. */
    List<Listed> inStatus(Collection<VisaFileStatus> statuses) {
        return jdbc.sql("""
                SELECT id, email, category, status, centre, appointment_on FROM visa_file
                WHERE status IN (:statuses) ORDER BY appointment_on NULLS LAST, created_at LIMIT 200""")
                .param("statuses", statuses.stream().map(Enum::name).toList()).query(this::listed).list();
    }

    /** The files in any of these statuses at any of these centres, by appointment date. */
    List<Listed> inStatusAt(Collection<VisaFileStatus> statuses, Collection<String> centres) {
        return jdbc.sql("""
                SELECT id, email, category, status, centre, appointment_on FROM visa_file
                WHERE status IN (:statuses) AND centre IN (:centres)
                ORDER BY appointment_on NULLS LAST, created_at LIMIT 200""")
                .param("statuses", statuses.stream().map(Enum::name).toList()).param("centres", List.copyOf(centres))
                .query(this::listed).list();
    }

    private Listed listed(ResultSet rs, int i) throws SQLException {
        return new Listed(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("category"),
                VisaFileStatus.valueOf(rs.getString("status")), rs.getString("centre"),
                rs.getObject("appointment_on", LocalDate.class));
    }

    /** The booked files, by appointment date. */
    List<UUID> booked() {
        return jdbc.sql("SELECT id FROM visa_file WHERE status = 'BOOKED' ORDER BY appointment_on")
                .query(UUID.class).list();
    }

    void addUpload(UUID file, Upload upload) {
        jdbc.sql("""
                INSERT INTO visa_file_document (file_id, person, code, document_id, file_name, size_bytes, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(file, upload.person().key(), upload.code(), upload.documentId(), upload.fileName(),
                        upload.size(), Timestamp.from(upload.uploadedAt()))
                .update();
    }

    List<Upload> uploads(UUID file) {
        return jdbc.sql("""
                SELECT document_id, person, code, file_name, size_bytes, uploaded_at FROM visa_file_document
                WHERE file_id = ? ORDER BY uploaded_at, document_id""").param(file)
                .query((rs, i) -> new Upload(rs.getObject("document_id", UUID.class), new Person(rs.getString("person")),
                        rs.getString("code"), rs.getString("file_name"), rs.getLong("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** Unlinks an upload of the file; {@code false} when the file has no such upload. */
    boolean removeUpload(UUID file, UUID document) {
        return jdbc.sql("DELETE FROM visa_file_document WHERE file_id = ? AND document_id = ?")
                .params(file, document).update() == 1;
    }

    /** The applicant's choice to bring an item rather than upload it; only an item the rulebook allows. */
    boolean markBring(UUID file, Person person, String code, boolean bring) {
        return jdbc.sql("UPDATE visa_file_item SET bring = ? WHERE file_id = ? AND person = ? AND code = ? AND may_bring")
                .params(bring, file, person.key(), code).update() == 1;
    }

    /** The counter's check of one item: whether its original was seen. */
    record Check(Person person, String code, boolean originalSeen) {
    }

    /** Records the counter's check of every item; a later check of the same file replaces it. */
    void saveChecks(UUID file, List<Check> checks, String by, Instant at) {
        for (Check c : checks) {
            jdbc.sql("""
                    INSERT INTO visa_file_counter_check (file_id, person, code, original_seen, checked_by, checked_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (file_id, person, code) DO UPDATE SET original_seen = EXCLUDED.original_seen,
                        checked_by = EXCLUDED.checked_by, checked_at = EXCLUDED.checked_at""")
                    .params(file, c.person().key(), c.code(), c.originalSeen(), by, Timestamp.from(at)).update();
        }
    }

    List<Check> checks(UUID file) {
        return jdbc.sql("SELECT person, code, original_seen FROM visa_file_counter_check WHERE file_id = ?")
                .param(file).query((rs, i) -> new Check(new Person(rs.getString("person")), rs.getString("code"),
                        rs.getBoolean("original_seen"))).list();
    }

    void append(UUID file, VisaFileStatus status, String actor, @Nullable String reason, Instant at) {
        jdbc.sql("INSERT INTO visa_file_event (file_id, status, actor, reason, at) VALUES (?, ?, ?, ?, ?)")
                .params(file, status.name(), actor, reason, Timestamp.from(at)).update();
    }

    List<Event> timeline(UUID file) {
        return jdbc.sql("SELECT status, actor, reason, at FROM visa_file_event WHERE file_id = ? ORDER BY id")
                .param(file)
                .query((rs, i) -> new Event(VisaFileStatus.valueOf(rs.getString("status")), rs.getString("actor"),
                        rs.getString("reason"), rs.getTimestamp("at").toInstant()))
                .list();
    }
}
