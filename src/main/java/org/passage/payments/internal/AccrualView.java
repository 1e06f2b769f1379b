package org.passage.payments.internal;

import org.passage.calendar.TurkiyeTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passage.payments.Money;
import org.springframework.context.MessageSource;

/**
 * An accrual as a reader sees it, in one language: for the payment page, the status section and
 * the receipt.
 *
 * @param total the amount to pay, or {@code null} while a line is missing
 * @param paidAt when it was paid, or {@code null}
 */
record AccrualView(String accrualNumber, String applicationNumber, List<Line> lines, String total, boolean complete,
        boolean paid, String paidAt, String transactionId, String provider) {

    /** Times are shown in Türkiye's time zone, where the directorates are. */
    static final ZoneId TURKIYE = TurkiyeTime.ZONE;

    /**
     * One fee line.
     *
     * @param amount the formatted amount, or {@code null} when missing
     * @param detail the months charged, the exemption, or why the amount is missing
     */
    record Line(String title, String amount, String detail, String source, String citation, boolean missing) {
    }

    static AccrualView of(Accrual accrual, Optional<Payment> payment, Locale locale, MessageSource messages) {
        List<Line> lines = accrual.fee().lines().stream().map(line -> line(line, locale, messages)).toList();
        String paidAt = accrual.paidAt().map(at -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(TURKIYE).format(at)).orElse(null);
        return new AccrualView(accrual.number().formatted(), accrual.application().formatted(), lines,
                accrual.amount().map(m -> m.formatted(locale)).orElse(null), accrual.fee().complete(), accrual.paid(),
                paidAt, payment.map(Payment::transactionId).orElse(null), payment.map(Payment::provider).orElse(null));
    }

    private static Line line(FeeLine line, Locale locale, MessageSource messages) {
        String detail = switch (line.source()) {
            case EXEMPT -> line.exemption().in(locale);
            case MISSING -> messages.getMessage("payments.line.missing", null, locale);
            default -> line.months() == null ? null
                    : messages.getMessage("payments.line.months", new Object[] {line.months()}, locale);
        };
        String amount = line.amount() == null ? null : Money.lira(line.amount()).formatted(locale);
        return new Line(line.title().in(locale), amount, detail,
                messages.getMessage("payments.line.source." + line.source().name(), null, locale),
                line.citationSourceIn(locale) + ", " + line.citationSection(), line.missing());
    }
}
