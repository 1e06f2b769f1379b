package org.passage.residence.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A document uploaded for one checklist item of an application; the file itself is kept by the
 * documents module under {@code documentId}.
 */
public record Attachment(String itemCode, UUID documentId, String fileName, String mediaType, long size,
        String sha256, Instant uploadedAt) {
}
