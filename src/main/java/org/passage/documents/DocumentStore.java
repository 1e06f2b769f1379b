package org.passage.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the content of documents lives, named by document id only. */
interface DocumentStore {

    /**
     * Takes in the complete, checked content of a staged file (under {@code passage.documents.directory});
     * when this returns, the document is stored in full. It never leaves part of a document behind.
     * The staged file may be gone afterwards (moved).
     */
    void put(DocumentId id, Path staged) throws IOException;

    /** The content of a stored document; {@link NoSuchFileException} when there is none. */
    InputStream open(DocumentId id) throws IOException;

    /** Deletes a document's content; deleting one that is not there is no error. */
    void delete(DocumentId id) throws IOException;
}
