package org.passage.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a sample PDF a few times in a background thread once the application is ready, off the
 * start path, so that the first applicant or officer who asks for a PDF does not wait while the JVM
 * loads and compiles openhtmltopdf, PDFBox, the fonts and the QR code writer (0.7 s of the thread's
 * CPU and up to 4 s on a busy machine, against 30–60 ms of CPU for any later PDF: {@code bench/pdf.sh}).
 * Nothing is kept: the sample is thrown away. {@code passage.pdf.warm-up-renders=0} turns it off.
 */
@Component
class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    private final PdfRenderer renderer;
    private final int renders;

    PdfWarmUp(PdfRenderer renderer, @Value("${passage.pdf.warm-up-renders:5}") int renders) {
        this.renderer = renderer;
        this.renders = renders;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (renders > 0) {
            Thread.ofPlatform().name("pdf-warm-up").daemon().start(this::run);
        }
    }

    private void run() {
        long began = System.nanoTime();
        try {
            for (int i = 0; i < renders; i++) {
                sample(i);
            }
            log.info("PDF renderer warmed up in {} ms ({} sample renders)", (System.nanoTime() - began) / 1_000_000,
                    renders);
        } catch (RuntimeException e) {
            log.warn("PDF warm-up failed; the first PDF will take longer", e);
        }
    }

    /** Turkish words with every letter the real documents use; never shown to anyone. */
    private static final List<String> SAMPLE_TEXT = List.of("İkamet izni – örnek belge", "Başvuru numarası:",
            "VGP1B24GZD8DX", "Getirilecek belgeler", "Pasaport", "Öğrenci belgesi", "Yönetmelik, md. 31", "Kalem",
            "Açıklama", "Ğ Ü Ş İ Ö Ç ğ ü ş ı ö ç");

    /** The {@code i}th sample: two pages with the shared head, tables, bold text and a QR code. */
    byte[] sample(int i) {
        return renderer.render("pdf/warm-up", Map.of(
                "qr", QrCodes.pngDataUri("https://passage.invalid/warm-up/" + i, 200),
                "text", SAMPLE_TEXT,
                "rows", IntStream.rangeClosed(1, 60).mapToObj(n -> List.of("Satır " + n, "İğüşöç ĞÜŞİÖÇ " + n))
                        .toList()), Locale.of("tr"));
    }
}
