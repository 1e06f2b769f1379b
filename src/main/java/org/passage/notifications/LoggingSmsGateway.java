package org.passage.notifications;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS gateway until a provider is configured: writes each SMS to the log, with the number and
 * every one-time code masked (whoever reads the log must not be able to sign in as the applicant).
 */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);
    /**
     * One-time codes are six digits; runs of six or more are masked, so a date's year and a small
     * amount stay readable (a long amount losing its digits costs a log reader nothing).
     */
    private static final Pattern DIGITS = Pattern.compile("\\d{6,}");

    @Override
    public void send(UUID deliveryId, String mobile, String text) {
        log.info("SMS {} to {}: {}", deliveryId, masked(mobile), withoutCodes(text));
    }

    /** {@code Your code is 739104.} becomes {@code Your code is ******.} */
    static String withoutCodes(String text) {
        return DIGITS.matcher(text).replaceAll(match -> "*".repeat(match.group().length()));
    }

    /** {@code +905321234567} becomes {@code +90********67}: enough to tell numbers apart in a log, not to call one. */
    static String masked(String mobile) {
        if (mobile.length() <= 5) {
            return "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 5) + mobile.substring(mobile.length() - 2);
    }
}
