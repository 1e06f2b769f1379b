package org.passage.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of the outbox.
 *
 * @param pollInterval pause between two runs of the poller that delivers what is due
 * @param lease        how long a node holds a delivery it is working on before another node may take
 *                     it over; longer than the slowest SMTP or SMS call
 * @param maxAttempts  attempts before a delivery is given up as FAILED
 * @param backoffBase  wait after the first failed attempt; doubled after each further one
 * @param backoffCap   longest wait between two attempts
 * @param mailFrom     sender of the e-mails
 * @param devMailbox   keep every message in the development mailbox; unset means: exactly when no SMTP
 *                     server ({@code spring.mail.host}) is configured
 */
@ConfigurationProperties("passage.notifications")
record NotificationsProperties(
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration backoffBase,
        @DefaultValue("1h") Duration backoffCap,
        @DefaultValue("Passage <no-reply@localhost>") String mailFrom,
        Boolean devMailbox) {

    NotificationsProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("passage.notifications.max-attempts must be at least 1");
        }
        for (Duration duration : new Duration[] {pollInterval, lease, backoffBase, backoffCap}) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("passage.notifications durations must be positive");
            }
        }
    }

    /** The wait after the {@code attempts}-th failed attempt: base, 2 × base, 4 × base, … up to the cap. */
    Duration backoffAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = backoffBase.multipliedBy(1L << doublings);
        return delay.compareTo(backoffCap) > 0 ? backoffCap : delay;
    }
}
