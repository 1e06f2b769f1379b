package org.passage.identity;

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
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short-lived bearer tokens of the applicant APIs: once a one-time code has proven a subject, a
 * token stands for that subject until it expires. A token is 256 random bits, shown once;
 * PostgreSQL keeps only its SHA-256, so every node knows it and a copy of the table opens nothing.
 * Each desk reads only the subjects of its own purpose ({@link CodeSubject#keyOf}).
 */
@Component
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 bytes in URL-safe Base64 without padding. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A token as handed out, once: the raw token is kept nowhere. */
    public record Issued(String token, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the subject, valid for {@code validity}; expired tokens are deleted on the way. */
    @Transactional
    public Issued issue(CodeSubject subject, Duration validity) {
        Objects.requireNonNull(subject, "subject");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a token is valid for a positive time");
        }
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM api_token WHERE expires_at <= ?").param(Timestamp.from(now)).update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(validity);
        jdbc.sql("INSERT INTO api_token (token_hash, subject, expires_at, created_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), subject.value(), Timestamp.from(expires), Timestamp.from(now))
                .update();
        return new Issued(token, expires);
    }

    /** The subject a live token stands for; empty for an unknown, malformed or expired one. */
    @Transactional(readOnly = true)
    public Optional<CodeSubject> resolve(@Nullable String token) {
        if (token == null || !FORM.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT subject FROM api_token WHERE token_hash = ? AND expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(String.class).optional().map(CodeSubject::new);
    }

    /** The SHA-256 of a raw token, as stored: a name for the token (say, for a rate limit) that opens nothing. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
