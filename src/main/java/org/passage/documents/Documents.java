package org.passage.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.passage.documents.DocumentRejectedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores, finds, reads and deletes applicants' documents. Every upload is checked by its content:
 * its size is counted while it is read, its type is detected from its bytes (never from its name
 * or the client's Content-Type), and its SHA-256 is recorded and checked again on every full read.
 */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private static final double MEBIBYTE = 1024 * 1024;

    private final StoredDocuments storedDocuments;
    private final DocumentStore store;
    private final Clock clock;
    private final long maxBytes;
    private final ActiveContent activeContent;
    private final Path incoming;
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    Documents(StoredDocuments storedDocuments, DocumentStore store, DocumentsProperties properties, Clock clock) {
        this.storedDocuments = storedDocuments;
        this.store = store;
        this.clock = clock;
        this.maxBytes = properties.maxBytes().toBytes();
        this.activeContent = new ActiveContent(properties.maxImagePixels());
        this.incoming = properties.directory().toAbsolutePath().normalize().resolve("incoming");
    }

    /**
     * Checks an upload and stores it, or refuses it with a {@link DocumentRejectedException}; a
     * refused or failed upload leaves nothing behind.
     */
    public StoredDocument store(Upload upload, DocumentKind kind) {
        if (upload.declaredSize() > maxBytes) {
            throw tooLarge();
        }
        Path staged = null;
        try {
            staged = stagedFile();
            Content content = copy(upload, staged);
            if (content.size() == 0) {
                throw new DocumentRejectedException(Reason.EMPTY);
            }
            String mediaType = detect(content.head());
            kind.check(mediaType);
            activeContent.check(staged, mediaType);
            StoredDocument document = new StoredDocument(DocumentId.random(), FileNames.sanitise(upload.fileName()),
                    mediaType, content.size(), content.sha256(),
                    // PostgreSQL keeps microseconds: what is returned equals what is found later.
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            store.put(document.id(), staged);
            recordOrRemove(document);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload", e);
        } finally {
            deleteQuietly(staged);
        }
    }

    /** The document with this id, if there is one. */
    public Optional<StoredDocument> find(DocumentId id) {
        return storedDocuments.find(id);
    }

    /**
     * The content of a document. Read to its end, the stream checks the content against the size
     * and SHA-256 it was stored with and throws a {@link DocumentIntegrityException} if it differs.
     *
     * @throws NoSuchElementException when there is no such document
     */
    public InputStream open(DocumentId id) throws IOException {
        StoredDocument document = storedDocuments.find(id)
                .orElseThrow(() -> new NoSuchElementException("No document " + id));
        return new VerifyingInputStream(store.open(id), document);
    }

    /**
     * Deletes a document's content and metadata; deleting one that is not there is no error. When
     * the content cannot be deleted, the metadata stays too, so a later attempt can finish.
     */
    @Transactional
    public void delete(DocumentId id) {
        storedDocuments.delete(id);
        try {
            store.delete(id);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete document " + id, e);
        }
    }

    private Path stagedFile() throws IOException {
        Files.createDirectories(incoming);
        return Files.createFile(incoming.resolve(UUID.randomUUID() + ".part"));
    }

    /** Copies the upload to the staged file, counting, hashing and keeping its first bytes for detection. */
    private Content copy(Upload upload, Path staged) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] head = new byte[mimeTypes.getMinLength()];
        int headLength = 0;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = upload.open(); OutputStream out = Files.newOutputStream(staged)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw tooLarge();
                }
                digest.update(buffer, 0, read);
                int toHead = Math.min(read, head.length - headLength);
                System.arraycopy(buffer, 0, head, headLength, toHead);
                headLength += toHead;
                out.write(buffer, 0, read);
            }
        }
        return new Content(size, HexFormat.of().formatHex(digest.digest()), Arrays.copyOf(head, headLength));
    }

    private String detect(byte[] head) throws IOException {
        // No file name in the metadata: the type comes from the content's magic bytes alone.
        return mimeTypes.detect(new ByteArrayInputStream(head), new Metadata()).getBaseType().toString();
    }

    private void recordOrRemove(StoredDocument document) throws IOException {
        try {
            storedDocuments.insert(document);
        } catch (RuntimeException e) {
            try {
                store.delete(document.id());
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The refusal of a file over the size limit, also for an upload refused before it reached the store. */
    public DocumentRejectedException tooLarge() {
        return new DocumentRejectedException(Reason.TOO_LARGE, maxBytes / MEBIBYTE);
    }

    private static void deleteQuietly(Path staged) {
        if (staged == null) {
            return;
        }
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            // Not thrown: it would hide why the upload ended (a refusal, or the real failure).
            log.warn("Could not delete the staged upload {}", staged, e);
        }
    }

    private record Content(long size, String sha256, byte[] head) {
    }
}
