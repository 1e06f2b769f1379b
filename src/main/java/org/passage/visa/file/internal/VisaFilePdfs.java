package org.passage.visa.file.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.passage.pdf.PdfRenderer;
import org.passage.pdf.QrCodes;
import org.springframework.stereotype.Component;

/**
 * The printable papers of a visa file, in the reader's language: the cover sheet (each person's
 * documents in the consulate's order with the copies to bring, the fee of each person and a QR code
 * of the file's page) and, once the fee is paid at the counter, its receipt.
 */
@Component
class VisaFilePdfs {

    private final VisaFileViews views;
    private final VisaFileDesk desk;
    private final PdfRenderer pdf;

    VisaFilePdfs(VisaFileViews views, VisaFileDesk desk, PdfRenderer pdf) {
        this.views = views;
        this.desk = desk;
        this.pdf = pdf;
    }

    /** The cover sheet; {@code fileUrl} is the file's page, which the QR code holds. */
    byte[] cover(VisaFile file, String fileUrl, Locale l) {
        Map<String, Object> v = common(file, l);
        v.put("persons", views.persons(file, null, null, l));
        v.put("timeline", views.timeline(file));
        v.put("printedOn", format(desk.today()));
        v.put("fileUrl", fileUrl);
        v.put("qrCode", QrCodes.pngDataUri(fileUrl, 240));
        return pdf.render("visa/file/cover-pdf", v, l);
    }

    /** The receipt of the fees paid at the counter; a file whose fee is not paid has none. */
    byte[] receipt(VisaFile file, Locale l) {
        if (!paid(file)) {
            throw new VisaFileNotFoundException();
        }
        Map<String, Object> v = common(file, l);
        v.put("paidOn", format(file.handedInOn()));
        v.put("payment", file.feePayment() == null ? null : file.feePayment().name());
        return pdf.render("visa/file/receipt-pdf", v, l);
    }

    /** Whether the counter has recorded the fee, so that a receipt exists. */
    static boolean paid(VisaFile file) {
        return file.handedInOn() != null;
    }

    private Map<String, Object> common(VisaFile file, Locale l) {
        Map<String, Object> v = new HashMap<>();
        v.put("number", file.number());
        v.put("category", views.category(file.category(), l));
        v.put("centreCity", file.centre() == null ? null : views.centreCity(file.centre()));
        v.put("appointmentOn", file.appointmentOn() == null ? null : format(file.appointmentOn()));
        VisaFileViews.CoverView cover = views.cover(file, l);
        v.put("cover", cover);
        v.put("fees", cover.fees().stream().map(f -> new Fee(f.person(), f.exempt() ? null : money(f.amountEur())))
                .toList());
        v.put("total", money(cover.total()));
        return v;
    }

    /** A fee line as printed: the amount, or none when the person is exempt. */
    record Fee(String person, String amount) {
    }

    static String money(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String format(LocalDate date) {
        return date.format(VisaFileDesk.DATE);
    }
}
