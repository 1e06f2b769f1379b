package org.passage.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The metadata of stored documents, one row each in {@code stored_document}. */
@Repository
class StoredDocuments {

    private final JdbcClient jdbc;

    StoredDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredDocument document) {
        jdbc.sql("""
                INSERT INTO stored_document (id, file_name, media_type, size_bytes, sha256, stored_at)
                VALUES (:id, :fileName, :mediaType, :size, :sha256, :storedAt)
                """)
                .param("id", document.id().value())
                .param("fileName", document.fileName())
                .param("mediaType", document.mediaType())
                .param("size", document.size())
                .param("sha256", document.sha256())
                .param("storedAt", Timestamp.from(document.storedAt()))
                .update();
    }

    Optional<StoredDocument> find(DocumentId id) {
        return jdbc.sql("SELECT * FROM stored_document WHERE id = :id")
                .param("id", id.value())
                .query(StoredDocuments::document)
                .optional();
    }

    boolean delete(DocumentId id) {
        return jdbc.sql("DELETE FROM stored_document WHERE id = :id").param("id", id.value()).update() > 0;
    }

    private static StoredDocument document(ResultSet row, int number) throws SQLException {
        return new StoredDocument(
                new DocumentId(row.getObject("id", UUID.class)),
                row.getString("file_name"),
                row.getString("media_type"),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                row.getTimestamp("stored_at").toInstant());
    }
}
