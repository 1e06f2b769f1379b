package org.passage.payments.internal;

import java.util.Locale;
import java.util.Map;
import org.passage.pdf.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The payment receipt of a paid accrual as a PDF in the reader's language, for the page and the API alike. */
@Component
class Receipts {

    private final Accruals accruals;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    Receipts(Accruals accruals, PdfRenderer pdf, MessageSource messages) {
        this.accruals = accruals;
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] render(Accrual accrual, Locale locale) {
        return pdf.render("payments/receipt-pdf", Map.of("accrual",
                AccrualView.of(accrual, accruals.paymentOf(accrual.number()), locale, messages)), locale);
    }
}
