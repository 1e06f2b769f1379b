package org.passage.visa.file.internal;

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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens of the visa applicant API: the stateless API has no session, so a right one-time
 * code is exchanged for a token that stands for the e-mail address for {@link #VALIDITY}. Only the
 * token's SHA-256 is stored.
 */
@Component
class VisaApiTokens {

    static final Duration VALIDITY = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as handed out once. */
    record Issued(String token, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    VisaApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Issued issue(String email) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM visa_api_token WHERE expires_at < ?").param(Timestamp.from(now)).update();
        Instant expires = now.plus(VALIDITY);
        jdbc.sql("INSERT INTO visa_api_token (token_hash, email, expires_at) VALUES (?, ?, ?)")
                .params(hash(token), email, Timestamp.from(expires)).update();
        return new Issued(token, expires);
    }

    /** The e-mail address of a valid token from an {@code Authorization: Bearer} header. */
    @Transactional(readOnly = true)
    Optional<String> email(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT email FROM visa_api_token WHERE token_hash = ? AND expires_at > ?")
                .params(hash(authorization.substring(7).strip()), Timestamp.from(clock.instant()))
                .query(String.class).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
