package org.passage.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The sample the warm-up renders is a real PDF of the shared head, so the warm-up exercises what the documents use. */
class PdfWarmUpTest {

    @Test
    void theSampleIsATwoPagePdfWithTurkishLettersAndAQrImage() throws Exception {
        byte[] pdf = new PdfWarmUp(new PdfRenderer(classPathTemplates()), 1).sample(0);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(new PDFTextStripper().getText(document)).contains("örnek belge", "İğüşöç ĞÜŞİÖÇ 60");
            var resources = document.getPage(0).getResources();
            boolean image = false;
            for (var name : resources.getXObjectNames()) {
                image |= resources.getXObject(name) instanceof PDImageXObject;
            }
            assertThat(image).as("the QR code").isTrue();
        }
    }

    private static SpringTemplateEngine classPathTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
