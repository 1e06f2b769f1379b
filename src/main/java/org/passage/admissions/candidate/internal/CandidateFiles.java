package org.passage.admissions.candidate.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.rules.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the candidates' files and their uploaded documents; every lookup names the candidate. */
@Repository
class CandidateFiles {

    /** An uploaded document of a file, for one required document code. */
    record Upload(String code, UUID documentId, String fileName, String mediaType, long size, Instant uploadedAt) {
    }

    private final JdbcClient jdbc;

    CandidateFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CandidateFile file) {
        jdbc.sql("""
                INSERT INTO admission_candidate_file (id, candidate_email, university, intake, answers,
                    language_certificate, language, created_at)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""")
                .params(file.id(), file.email(), file.university(), file.intake(), file.answers(),
                        file.languageCertificate(), file.language(), Timestamp.from(file.createdAt()))
                .update();
    }

    /** The candidate's file with the id; empty for another candidate's file as for none. */
    Optional<CandidateFile> find(UUID id, String email) {
        return jdbc.sql("SELECT * FROM admission_candidate_file WHERE id = ? AND lower(candidate_email) = lower(?)")
                .params(id, email).query(CandidateFiles::file).optional();
    }

    /** As {@link #find}, locking the file until the transaction ends: one submission at a time. */
    Optional<CandidateFile> lock(UUID id, String email) {
        return jdbc.sql("""
                SELECT * FROM admission_candidate_file WHERE id = ? AND lower(candidate_email) = lower(?)
                FOR UPDATE""")
                .params(id, email).query(CandidateFiles::file).optional();
    }

    /** The candidate's file for the intake, if they have one. */
    Optional<CandidateFile> ofIntake(String email, String university, String intake) {
        return jdbc.sql("""
                SELECT * FROM admission_candidate_file
                WHERE lower(candidate_email) = lower(?) AND university = ? AND intake = ?""")
                .params(email, university, intake).query(CandidateFiles::file).optional();
    }

    /** The candidate's files, newest first. */
    List<CandidateFile> ofCandidate(String email) {
        return jdbc.sql("SELECT * FROM admission_candidate_file WHERE lower(candidate_email) = lower(?) ORDER BY created_at DESC")
                .param(email).query(CandidateFiles::file).list();
    }

    /** The language the candidate last chose, for the e-mails about their applications. */
    Optional<String> language(String email, String university, String intake) {
        return ofIntake(email, university, intake).map(CandidateFile::language);
    }

    void submitted(UUID id, Instant at) {
        jdbc.sql("UPDATE admission_candidate_file SET submitted_at = ? WHERE id = ? AND submitted_at IS NULL")
                .params(Timestamp.from(at), id).update();
    }

    List<Upload> uploads(UUID fileId) {
        return jdbc.sql("SELECT * FROM admission_candidate_document WHERE file_id = ? ORDER BY code")
                .param(fileId)
                .query((rs, i) -> new Upload(rs.getString("code"), rs.getObject("document_id", UUID.class),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** Records the upload for its code; the document it replaces, if any. */
    Optional<UUID> attach(UUID fileId, Upload upload) {
        Optional<UUID> replaced = jdbc.sql("""
                DELETE FROM admission_candidate_document WHERE file_id = ? AND code = ? RETURNING document_id""")
                .params(fileId, upload.code()).query((rs, i) -> rs.getObject("document_id", UUID.class)).optional();
        jdbc.sql("""
                INSERT INTO admission_candidate_document (file_id, code, document_id, file_name, media_type, size,
                    uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(fileId, upload.code(), upload.documentId(), upload.fileName(), upload.mediaType(),
                        upload.size(), Timestamp.from(upload.uploadedAt()))
                .update();
        return replaced;
    }

    /** The universities' names by code, for the candidate's pages. */
    Map<String, LocalizedText> universityNames() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name_tr, name_en, name_de FROM admission_university ORDER BY name_en")
                .query((rs, i) -> Map.entry(rs.getString("code"),
                        new LocalizedText(rs.getString("name_tr"), rs.getString("name_en"), rs.getString("name_de"))))
                .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    private static CandidateFile file(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new CandidateFile(rs.getObject("id", UUID.class), rs.getString("candidate_email"),
                rs.getString("university"), rs.getString("intake"), rs.getString("answers"),
                rs.getBoolean("language_certificate"), rs.getString("language"),
                submitted == null ? null : submitted.toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
