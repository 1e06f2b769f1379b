package org.passage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passage.PassageIntegrationTest;
import org.passage.documents.DocumentRejectedException.Reason;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The document store on the real database and the file-system store of the tests. */
@PassageIntegrationTest
class DocumentsIntegrationTest {

    private static final int MAX_BYTES = 10 * 1024 * 1024;

    @Autowired
    Documents documents;

    @Autowired
    DocumentsProperties properties;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("passport.pdf", TestFiles.pdf(), DocumentKind.ANY, "application/pdf"),
                Arguments.of("photo.jpg", TestFiles.jpeg(), DocumentKind.PHOTO, "image/jpeg"),
                Arguments.of("photo.png", TestFiles.png(), DocumentKind.PHOTO, "image/png"),
                Arguments.of("scan.png", TestFiles.png(), DocumentKind.ANY, "image/png"));
    }

    @ParameterizedTest(name = "{0} as {2} is stored as {3}")
    @MethodSource("acceptedFiles")
    void anAcceptedFileIsStoredWithItsDetectedTypeSizeAndHashAndReadsBackIdentical(String name, byte[] content,
            DocumentKind kind, String mediaType) throws IOException {
        StoredDocument stored = documents.store(TestFiles.upload(name, content), kind);

        assertThat(stored.mediaType()).isEqualTo(mediaType);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.fileName()).isEqualTo(name);
        assertThat(documents.find(stored.id())).contains(stored);
        try (InputStream in = documents.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void theTypeComesFromTheContentNotFromTheName() {
        StoredDocument stored = documents.store(TestFiles.upload("scan.pdf", TestFiles.png()), DocumentKind.ANY);

        assertThat(stored.mediaType()).isEqualTo("image/png");
    }

    @Test
    void aPdfRenamedPhotoPngIsRefusedAsAPhoto() {
        assertRefusedLeavingNothing(TestFiles.upload("photo.png", TestFiles.pdf()), DocumentKind.PHOTO,
                Reason.NOT_AN_IMAGE);
    }

    @Test
    void aTextFileIsRefusedWhateverItsName() {
        assertRefusedLeavingNothing(TestFiles.upload("passport.pdf", TestFiles.text()), DocumentKind.ANY,
                Reason.TYPE_NOT_ALLOWED);
    }

    @Test
    void anExecutableIsRefusedWhateverItsName() {
        assertRefusedLeavingNothing(TestFiles.upload("passport.pdf", TestFiles.exe()), DocumentKind.ANY,
                Reason.TYPE_NOT_ALLOWED);
    }

    @Test
    void aFileOfExactlyTheLimitIsStored() {
        StoredDocument stored = documents.store(TestFiles.upload("big.pdf", TestFiles.pdfOfSize(MAX_BYTES)),
                DocumentKind.ANY);

        assertThat(stored.size()).isEqualTo(MAX_BYTES);
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedAndLeavesNoFileAndNoRow() {
        byte[] content = TestFiles.pdfOfSize(MAX_BYTES + 1);
        // Declares a small size: only the bytes counted while reading are trusted.
        Upload understated = new Upload("big.pdf", 1000, () -> new ByteArrayInputStream(content));

        assertRefusedLeavingNothing(understated, DocumentKind.ANY, Reason.TOO_LARGE);
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedWithoutReadingTheContent() {
        Upload declaredTooLarge = new Upload("big.pdf", MAX_BYTES + 1L, () -> {
            throw new AssertionError("the content must not be read");
        });

        assertRefusedLeavingNothing(declaredTooLarge, DocumentKind.ANY, Reason.TOO_LARGE);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefusedLeavingNothing(TestFiles.upload("empty.pdf", new byte[0]), DocumentKind.ANY, Reason.EMPTY);
    }

    @Test
    void aHostileFileNameIsSanitisedAndCannotInfluenceThePath() throws IOException {
        List<String> before = filesUnder(properties.directory());

        StoredDocument stored = documents.store(TestFiles.upload("../../etc/passwd", TestFiles.png()), DocumentKind.ANY);

        assertThat(stored.fileName()).isEqualTo("passwd");
        assertThat(filesUnder(properties.directory())).containsAll(before)
                .hasSize(before.size() + 1)
                .contains(properties.directory().resolve(stored.id().toString()).toString());
    }

    @Test
    void controlCharactersAndOverlongNamesAreSanitisedBeforeTheyAreStored() {
        StoredDocument controls = documents.store(TestFiles.upload("pass\u0000port\r\n\u202Egpj.pdf", TestFiles.pdf()),
                DocumentKind.ANY);
        StoredDocument overlong = documents.store(TestFiles.upload("a".repeat(10_000) + ".pdf", TestFiles.pdf()),
                DocumentKind.ANY);

        assertThat(documents.find(controls.id())).map(StoredDocument::fileName).contains("passportgpj.pdf");
        assertThat(documents.find(overlong.id())).map(StoredDocument::fileName)
                .contains("a".repeat(116) + ".pdf");
    }

    @Test
    void aTamperedBlobFailsVerificationWhenRead() throws IOException {
        byte[] content = TestFiles.pdf();
        StoredDocument stored = documents.store(TestFiles.upload("passport.pdf", content), DocumentKind.ANY);
        byte[] tampered = content.clone();
        tampered[tampered.length / 2] ^= 1;
        Files.write(properties.directory().resolve(stored.id().toString()), tampered);

        try (InputStream in = documents.open(stored.id())) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(DocumentIntegrityException.class);
        }
    }

    @Test
    void aBlobThatGrewFailsVerificationWhenRead() throws IOException {
        byte[] content = TestFiles.pdf();
        StoredDocument stored = documents.store(TestFiles.upload("passport.pdf", content), DocumentKind.ANY);
        Files.write(properties.directory().resolve(stored.id().toString()), new byte[] {'x'},
                StandardOpenOption.APPEND);

        try (InputStream in = documents.open(stored.id())) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(DocumentIntegrityException.class);
        }
    }

    @Test
    void deleteRemovesTheBlobAndTheRow() {
        StoredDocument stored = documents.store(TestFiles.upload("passport.pdf", TestFiles.pdf()), DocumentKind.ANY);

        documents.delete(stored.id());

        assertThat(documents.find(stored.id())).isEmpty();
        assertThat(properties.directory().resolve(stored.id().toString())).doesNotExist();
        assertThatThrownBy(() -> documents.open(stored.id())).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void deletingADocumentThatIsNotThereIsNoError() {
        DocumentId unknown = DocumentId.random();

        documents.delete(unknown);

        assertThat(documents.find(unknown)).isEmpty();
    }

    private void assertRefusedLeavingNothing(Upload upload, DocumentKind kind, Reason reason) {
        long rows = rows();
        List<String> files = filesUnder(properties.directory());

        assertThatThrownBy(() -> documents.store(upload, kind))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(reason));

        assertThat(rows()).isEqualTo(rows);
        assertThat(filesUnder(properties.directory())).isEqualTo(files);
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM stored_document").query(Long.class).single();
    }

    private static List<String> filesUnder(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(Sha256.newDigest().digest(content));
    }
}
