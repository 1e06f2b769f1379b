package org.passage.documents;

import java.util.Set;

import org.passage.documents.DocumentRejectedException.Reason;

/** What a document is for, and so which content types it may have. */
public enum DocumentKind {

    /** Any document: PDF, JPEG or PNG. */
    ANY(Set.of("application/pdf", "image/jpeg", "image/png"), Reason.TYPE_NOT_ALLOWED),

    /** A photo: photos must be images, so JPEG or PNG only. */
    PHOTO(Set.of("image/jpeg", "image/png"), Reason.NOT_AN_IMAGE);

    private final Set<String> mediaTypes;
    private final Reason refusal;

    DocumentKind(Set<String> mediaTypes, Reason refusal) {
        this.mediaTypes = mediaTypes;
        this.refusal = refusal;
    }

    /** The media types, detected from the content, that this kind accepts. */
    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    /** Refuses a detected media type this kind does not accept, with this kind's reason. */
    void check(String detectedMediaType) {
        if (!mediaTypes.contains(detectedMediaType)) {
            throw new DocumentRejectedException(refusal);
        }
    }
}
