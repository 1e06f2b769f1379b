package org.passage.notifications;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMS gateway until a provider is configured: writes each SMS to the log, with the number masked. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(UUID deliveryId, String mobile, String text) {
        log.info("SMS {} to {}: {}", deliveryId, masked(mobile), text);
    }

    /** {@code +905321234567} becomes {@code +90********67}: enough to tell numbers apart in a log, not to call one. */
    static String masked(String mobile) {
        if (mobile.length() <= 5) {
            return "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 5) + mobile.substring(mobile.length() - 2);
    }
}
