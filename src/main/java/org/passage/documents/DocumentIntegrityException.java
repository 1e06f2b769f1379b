package org.passage.documents;

import java.io.IOException;

/** A stored document whose content no longer has the size or SHA-256 it was stored with. */
public class DocumentIntegrityException extends IOException {

    private final DocumentId id;

    DocumentIntegrityException(DocumentId id) {
        super("Document " + id + " does not match the size and SHA-256 it was stored with");
        this.id = id;
    }

    public DocumentId id() {
        return id;
    }
}
