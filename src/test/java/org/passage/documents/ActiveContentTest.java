package org.passage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.documents.DocumentRejectedException.Reason;

/** Allowed types that still carry something active, or promise gigabytes of pixels, are refused. */
class ActiveContentTest {

    private final ActiveContent check = new ActiveContent(40_000_000);

    @TempDir
    Path directory;

    private Path file(byte[] content) throws IOException {
        return Files.write(directory.resolve("upload"), content);
    }

    private void assertRefused(byte[] content, String mediaType, Reason reason) {
        assertThatThrownBy(() -> check.check(file(content), mediaType))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void plainPdfsAndImagesPass() throws IOException {
        check.check(file(TestFiles.pdf()), "application/pdf");
        check.check(file(pdf(document -> { })), "application/pdf");
        check.check(file(TestFiles.png()), "image/png");
        check.check(file(TestFiles.jpeg()), "image/jpeg");
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefused() throws IOException {
        assertRefused(pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('hi')"))), "application/pdf", Reason.ACTIVE_CONTENT);
    }

    @Test
    void aPdfThatLaunchesAProgramIsRefused() throws IOException {
        assertRefused(pdf(document -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDComplexFileSpecification());
            document.getDocumentCatalog().setOpenAction(launch);
        }), "application/pdf", Reason.ACTIVE_CONTENT);
    }

    @Test
    void aPdfCarryingAnEmbeddedFileIsRefused() throws IOException {
        assertRefused(pdf(document -> {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("payload.exe");
            try {
                spec.setEmbeddedFile(new PDEmbeddedFile(document,
                        new java.io.ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("payload.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        }), "application/pdf", Reason.ACTIVE_CONTENT);
    }

    @Test
    void anImageThatIsAlsoHtmlIsRefused() {
        byte[] png = TestFiles.png();
        byte[] polyglot = ByteBuffer.allocate(png.length + 40).put(png)
                .put("<SCRIPT>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII)).array();
        assertRefused(polyglot, "image/png", Reason.ACTIVE_CONTENT);
    }

    @Test
    void aPngPromising30000By30000PixelsIsRefusedWithoutDecodingIt() {
        assertRefused(pngClaiming(30_000, 30_000), "image/png", Reason.IMAGE_TOO_LARGE);
    }

    @Test
    void aDamagedPdfIsRefusedAsUnreadable() {
        assertRefused("%PDF-1.4\n garbage".getBytes(StandardCharsets.US_ASCII), "application/pdf", Reason.UNREADABLE);
    }

    private interface Change {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] pdf(Change change) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.apply(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A real small PNG whose header (IHDR, with its checksum) now claims the given size. */
    private static byte[] pngClaiming(int width, int height) {
        byte[] png = TestFiles.png().clone();
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height.
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

}
