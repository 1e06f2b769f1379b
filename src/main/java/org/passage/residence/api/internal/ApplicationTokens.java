package org.passage.residence.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.passage.residence.ApplicationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short-lived bearer tokens of the e-residence API, each for exactly one application. A token is
 * issued only after the application's one-time code; PostgreSQL keeps its SHA-256 alone, so every
 * node knows it and a copy of the table opens nothing.
 */
@Component
public class ApplicationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Duration validity;
    private final Clock clock;

    ApplicationTokens(JdbcClient jdbc, ResidenceApiProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.validity = properties.tokenValidity();
        this.clock = clock;
    }

    /** How long a token opens its application. */
    public Duration validity() {
        return validity;
    }

    /** A new token for the application; its expired tokens are deleted on the way. */
    @Transactional
    public String issue(ApplicationNumber number) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM residence_api_token WHERE number = ? AND expires_at <= ?")
                .params(number.value(), Timestamp.from(now)).update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO residence_api_token (token_hash, number, expires_at, created_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), number.value(), Timestamp.from(now.plus(validity)), Timestamp.from(now))
                .update();
        return token;
    }

    /** The application a live token opens; empty for an unknown, malformed or expired one. */
    public Optional<ApplicationNumber> application(String token) {
        if (token == null || token.length() != 43 || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT number FROM residence_api_token WHERE token_hash = ? AND expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(String.class).optional().map(ApplicationNumber::new);
    }

    /** The SHA-256 of a token (or any text), as stored. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
