package org.passage.documents;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document as stored: what its content turned out to be, not what the client said.
 *
 * @param id        where to find it again
 * @param fileName  the client's file name, sanitised: no path parts, no control characters, at most 120 characters
 * @param mediaType detected from the content: {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param size      in bytes, as counted while storing
 * @param sha256    SHA-256 of the content, 64 lower-case hex digits
 * @param storedAt  when it was stored
 */
public record StoredDocument(DocumentId id, String fileName, String mediaType, long size, String sha256,
        Instant storedAt) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(storedAt, "storedAt");
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, was " + size);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }
}
