package org.passage.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.passage.documents.DocumentRejectedException.Reason;

/**
 * What an allowed type can still carry that must not reach an officer's screen: an image whose
 * header promises more pixels than any scan needs (decoding 30000 × 30000 takes gigabytes), a PDF
 * that runs JavaScript, launches a program or carries other files, and a file of any type that a
 * browser would also read as HTML (a polyglot). Such uploads are refused, not repaired.
 */
final class ActiveContent {

    /** Names of PDF actions and entries that run or carry something. */
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.getPDFName("JavaScript"),
            COSName.getPDFName("Launch"), COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"));
    private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.getPDFName("JS"),
            COSName.getPDFName("JavaScript"), COSName.getPDFName("EmbeddedFiles"), COSName.getPDFName("EmbeddedFile"),
            COSName.getPDFName("RichMedia"), COSName.getPDFName("XFA"), COSName.getPDFName("Launch"));
    /** Markup a browser runs, looked for anywhere in the file (lower case; compared case-insensitively). */
    private static final List<String> HTML = List.of("<script", "<html", "<body", "<iframe", "<svg", "<!doctype html",
            "<object", "<embed", "javascript:");
    private static final int LONGEST_MARKER = 16;

    private final long maxImagePixels;

    ActiveContent(long maxImagePixels) {
        this.maxImagePixels = maxImagePixels;
    }

    void check(Path file, String mediaType) throws IOException {
        if (containsHtml(file)) {
            throw new DocumentRejectedException(Reason.ACTIVE_CONTENT);
        }
        if (mediaType.startsWith("image/")) {
            checkPixels(file);
        } else if (mediaType.equals("application/pdf")) {
            checkPdf(file);
        }
    }

    /** Reads the width and height from the image's header only, never decoding its pixels. */
    private void checkPixels(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DocumentRejectedException(Reason.UNREADABLE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxImagePixels) {
                    throw new DocumentRejectedException(Reason.IMAGE_TOO_LARGE, maxImagePixels / 1_000_000.0);
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof DocumentRejectedException rejected) {
                    throw rejected;
                }
                throw new DocumentRejectedException(Reason.UNREADABLE);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Walks every object of the PDF, those inside compressed object streams included. */
    private static void checkPdf(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            Deque<COSBase> pending = new ArrayDeque<>();
            pending.add(document.getDocument().getTrailer());
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                if (object != null) {
                    pending.add(object);
                }
            }
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            while (!pending.isEmpty()) {
                COSBase next = pending.pop();
                COSBase value = next instanceof COSObject object ? object.getObject() : next;
                if (value == null || !seen.add(value)) {
                    continue;
                }
                if (value instanceof COSDictionary dictionary) {
                    COSName action = dictionary.getCOSName(COSName.S);
                    if (action != null && ACTIVE_ACTIONS.contains(action)
                            || dictionary.keySet().stream().anyMatch(ACTIVE_KEYS::contains)) {
                        throw new DocumentRejectedException(Reason.ACTIVE_CONTENT);
                    }
                    dictionary.getValues().forEach(pending::add);
                } else if (value instanceof COSArray array) {
                    array.forEach(pending::add);
                }
            }
        } catch (IOException e) {
            // Encrypted with a password, or not a PDF PDFBox can read: nobody could check it either.
            throw new DocumentRejectedException(Reason.UNREADABLE);
        }
    }

    private static boolean containsHtml(Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        String carried = "";
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                // ISO-8859-1 maps each byte to one char, so markers split between two reads are found too.
                String text = carried + new String(buffer, 0, read, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                for (String marker : HTML) {
                    if (text.contains(marker)) {
                        return true;
                    }
                }
                carried = text.substring(Math.max(0, text.length() - LONGEST_MARKER));
            }
        }
        return false;
    }
}
