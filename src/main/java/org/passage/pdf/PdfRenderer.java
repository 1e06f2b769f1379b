package org.passage.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template of {@code templates/} to a tagged (PDF/UA) PDF in the given
 * language. Templates are well-formed XHTML with a {@code <title>} and a
 * {@code <meta name="subject">} (the document's description), name the font family {@link #FONT_FAMILY} and use no
 * link expressions (there is no web request while rendering). Only the fonts shipped in the jar are
 * used, so the output does not depend on the fonts of the machine.
 */
@Service
public class PdfRenderer {

    /** The font family every PDF template uses: DejaVu Sans, embedded. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    static {
        // openhtmltopdf logs every step at INFO; keep its warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The PDF of {@code template} (e.g. {@code pdf/receipt}) with these variables, texts in {@code locale}. */
    public byte[] render(String template, Map<String, ?> variables, Locale locale) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        return fromHtml(templates.process(template, context));
    }

    /** The PDF of a complete XHTML document. */
    public byte[] fromHtml(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String path) {
        InputStream stream = PdfRenderer.class.getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("font " + path + " is missing from the class path");
        }
        return stream;
    }
}
