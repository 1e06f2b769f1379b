package org.passage.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.passage.database.Secrets;
import org.passage.payments.internal.PaymentsConfiguration.PaymentsProperties;
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
    static final String SECRET_NAME = "payments-callback";

    /** The result of a check. */
    enum Verdict { VALID, MISSING, STALE, FORGED }

    private final PaymentsProperties properties;
    private final Secrets secrets;
    private final Clock clock;
    private volatile SecretKeySpec key;

    CallbackSignature(PaymentsProperties properties, Secrets secrets, Clock clock) {
        this.properties = properties;
        this.secrets = secrets;
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

    /**
     * The configured secret, else the random one made at first use and shared by every node through
     * the database ({@link Secrets}). Read lazily: the database is migrated after beans are made.
     */
    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    byte[] secret = properties.callbackSecret() != null
                            ? properties.callbackSecret().getBytes(StandardCharsets.UTF_8)
                            : secrets.get(SECRET_NAME);
                    key = new SecretKeySpec(secret, ALGORITHM);
                }
                current = key;
            }
        }
        return current;
    }
}
