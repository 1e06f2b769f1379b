package org.passage.payments.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.passage.payments.AccrualNumber;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.payments.Money;
import org.passage.residence.ApplicationSummary;
import org.passage.residence.ResidenceApplications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what an authentic provider callback reports. Callbacks for one accrual are handled one at
 * a time (the accrual row is locked), and the payment is inserted only if the database has none for
 * the accrual or the provider's transaction: a callback repeated or sent many times at once records
 * one payment. A callback that cannot be a correct payment (wrong amount or currency, unknown
 * accrual, a second payment of a paid accrual) is recorded as an anomaly, once, and not as a payment.
 * A recorded payment tells the applicant (PAYMENT_RECEIVED) through the notification outbox.
 */
@Service
class PaymentCallbacks {

    private static final Logger log = LoggerFactory.getLogger(PaymentCallbacks.class);
    private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** A callback's content, as the provider sent it (amount and currency as text, checked here). */
    record Callback(String transactionId, String accrualNumber, String amount, String currency, String status,
            Instant paidAt) {

        /** Whether every field is present and of its form; amounts are compared later, not here. */
        boolean wellFormed() {
            return transactionId != null && TRANSACTION_ID.matcher(transactionId).matches() && accrualNumber != null
                    && accrualNumber.length() <= 40 && amount != null && amount.length() <= 40 && currency != null
                    && currency.length() <= 8 && ("SUCCEEDED".equals(status) || "DECLINED".equals(status))
                    && paidAt != null;
        }
    }

    /** What became of a callback. */
    enum Outcome {
        /** The payment was recorded now. */
        RECORDED,
        /** The same payment was recorded before: nothing changed. */
        DUPLICATE,
        /** The provider reports a declined card: nothing to record. */
        DECLINED,
        /** Not a correct payment: recorded as an anomaly, not as a payment. */
        FLAGGED
    }

    /** The kinds of anomaly. */
    enum Anomaly { AMOUNT_MISMATCH, UNKNOWN_ACCRUAL, SECOND_PAYMENT }

    private final Accruals accruals;
    private final ResidenceApplications applications;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    PaymentCallbacks(Accruals accruals, ResidenceApplications applications, Notifications notifications,
            JdbcClient jdbc, Clock clock) {
        this.accruals = accruals;
        this.applications = applications;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Outcome record(String provider, Callback callback) {
        AccrualNumber number = AccrualNumber.parseOrNull(callback.accrualNumber());
        Optional<Accrual> locked = number == null ? Optional.empty() : accruals.lock(number);
        if (locked.isEmpty()) {
            return flag(Anomaly.UNKNOWN_ACCRUAL, provider, callback, null);
        }
        Accrual accrual = locked.get();
        if ("DECLINED".equals(callback.status())) {
            log.info("Provider {} reports a declined card for accrual {}", provider, number);
            return Outcome.DECLINED;
        }
        Optional<Money> expected = accrual.amount();
        if (expected.isEmpty() || !expected.get().sameAs(received(callback))) {
            return flag(Anomaly.AMOUNT_MISMATCH, provider, callback, expected.orElse(null));
        }
        Payment payment = new Payment(UUID.randomUUID(), number, provider, callback.transactionId(), expected.get(),
                callback.paidAt(), clock.instant());
        if (!accrual.paid() && accruals.insertPaymentIfAbsent(payment)) {
            accrual.markPaid(payment.recordedAt());
            accruals.markPaid(accrual);
            notifyApplicant(accrual, payment);
            log.info("Payment {} of {} recorded for accrual {}", payment.transactionId(), payment.amount(), number);
            return Outcome.RECORDED;
        }
        boolean sameTransaction = accruals.paymentOf(number)
                .filter(p -> p.provider().equals(provider) && p.transactionId().equals(callback.transactionId()))
                .isPresent();
        return sameTransaction ? Outcome.DUPLICATE : flag(Anomaly.SECOND_PAYMENT, provider, callback, expected.get());
    }

    /** PAYMENT_RECEIVED through the outbox, in this transaction: sent once, and only if the payment commits. */
    private void notifyApplicant(Accrual accrual, Payment payment) {
        applications.find(accrual.application()).map(ApplicationSummary::contact).ifPresent(contact ->
                notifications.send(new Notification(MessageType.PAYMENT_RECEIVED,
                        new Recipient(contact.email(), contact.mobile()), contact.language(),
                        Map.of("applicationNumber", accrual.application().formatted(),
                                "amount", payment.amount().formatted(contact.language()),
                                "accrualNumber", accrual.number().formatted()),
                        "payment-received:" + accrual.number().value())));
    }

    private static Money received(Callback callback) {
        try {
            return new Money(new BigDecimal(callback.amount()), java.util.Currency.getInstance(callback.currency()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Outcome flag(Anomaly kind, String provider, Callback callback, Money expected) {
        log.warn("Payment callback {} of provider {} flagged: {} (accrual {}, {} {})", callback.transactionId(),
                provider, kind, callback.accrualNumber(), callback.amount(), callback.currency());
        jdbc.sql("""
                INSERT INTO payment_anomaly (kind, provider, transaction_id, accrual_number, expected_amount,
                    expected_currency, received_amount, received_currency, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(kind.name(), provider, callback.transactionId(), callback.accrualNumber(),
                        expected == null ? null : expected.amount(),
                        expected == null ? null : expected.currency().getCurrencyCode(), callback.amount(),
                        callback.currency(), Timestamp.from(clock.instant()))
                .update();
        return Outcome.FLAGGED;
    }
}
