package org.passage.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class PdfRendererTest {

    static final String TURKISH = "İkamet İzni Başvurusu ğüşıöç ĞÜŞİÖÇ";

    private final PdfRenderer renderer = new PdfRenderer(stringTemplates());

    @Test
    void turkishLettersSurviveInTheExtractedText() throws Exception {
        byte[] pdf = renderer.fromHtml(document("<h1>" + TURKISH + "</h1><p>Tahakkuk numarası: 2026</p>"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(TURKISH, "Tahakkuk numarası");
        }
    }

    @Test
    void onlyTheShippedFontIsUsedAndItIsEmbedded() throws Exception {
        byte[] pdf = renderer.fromHtml(document("<p>" + TURKISH + "</p><p><b>kalın ş</b></p>"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty().allSatisfy(name -> {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void templatesAreRenderedInTheRequestedLanguage() throws Exception {
        byte[] pdf = renderer.render(document("<p th:text=\"${greeting} + ' ' + ${#locale.language}\"></p>"),
                Map.of("greeting", "Merhaba Işıl"), Locale.of("tr"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Merhaba Işıl tr");
        }
    }

    @Test
    void aQrCodeDecodesToItsText() throws Exception {
        String uri = QrCodes.pngDataUri("https://passage.example/residence/status?ş=1", 200);

        assertThat(uri).startsWith("data:image/png;base64,");
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(22))));
        var decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertThat(decoded.getText()).isEqualTo("https://passage.example/residence/status?ş=1");
    }

    @Test
    void aQrCodeImageIsPrintedInThePdf() throws Exception {
        byte[] pdf = renderer.fromHtml(document("<img alt=\"QR\" src=\"" + QrCodes.pngDataUri("x", 120) + "\"/>"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void anEmptyQrCodeIsRefused() {
        assertThatThrownBy(() -> QrCodes.pngDataUri("", 100)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String document(String body) {
        return """
                <!DOCTYPE html>
                <html lang="tr" xmlns:th="http://www.thymeleaf.org"><head><meta charset="utf-8"/><title>Belge</title><meta name="subject" content="Deneme belgesi"/>
                <style>body { font-family: 'DejaVu Sans'; }</style></head><body>%s</body></html>""".formatted(body);
    }

    private static SpringTemplateEngine stringTemplates() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        return engine;
    }
}
