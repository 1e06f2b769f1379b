package org.passage.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.passage.payments.internal.PaymentsConfiguration.PaymentsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs and checks provider callbacks: header {@value #SIGNATURE} is {@code sha256=} and the hex
 * HMAC-SHA256, under the shared secret, of the header {@value #TIMESTAMP} (Unix seconds), a dot
 * and the raw request body. The timestamp is signed too, so a replay cannot move it; one further
 * than the window from now is stale.
 */
@Component
class CallbackSignature {

    static final String TIMESTAMP = "X-Passage-Timestamp";
    static final String SIGNATURE = "X-Passage-Signature";
    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    /** The result of a check. */
    enum Verdict { VALID, MISSING, STALE, FORGED }

    private final PaymentsProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile SecretKeySpec key;

    CallbackSignature(PaymentsProperties properties, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The signature header's value for a body sent at {@code epochSeconds}. */
    String sign(long epochSeconds, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(epochSeconds, body));
    }

    Verdict verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")
                || !signature.startsWith(PREFIX)) {
            return Verdict.MISSING;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Verdict.FORGED;
        }
        long seconds = Long.parseLong(timestamp);
        // Constant-time comparison first: a stale but authentic callback is told apart from a forged one.
        if (!MessageDigest.isEqual(given, mac(seconds, body))) {
            return Verdict.FORGED;
        }
        Duration age = Duration.ofSeconds(Math.abs(clock.instant().getEpochSecond() - seconds));
        return age.compareTo(properties.callbackWindow()) > 0 ? Verdict.STALE : Verdict.VALID;
    }

    private byte[] mac(long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The configured secret, else the one generated at first start (the first node to store it wins). */
    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    String secret = properties.callbackSecret() != null ? properties.callbackSecret() : storedSecret();
                    key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
                }
                current = key;
            }
        }
        return current;
    }

    private String storedSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        jdbc.sql("INSERT INTO payment_secret (name, secret, created_at) VALUES ('callback', ?, ?) ON CONFLICT DO NOTHING")
                .params(Base64.getUrlEncoder().withoutPadding().encodeToString(random), Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("SELECT secret FROM payment_secret WHERE name = 'callback'").query(String.class).single();
    }
}
