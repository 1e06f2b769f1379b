package org.passage.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit one-time codes that prove someone reads the e-mail (or phone) of a subject: a residence
 * application, an admission candidate's address. Only a salted hash is stored; a code lasts
 * {@link #VALIDITY}, allows {@link #MAX_ATTEMPTS} wrong tries, is used once, and a new code replaces
 * the ones before it. Each desk names its subjects with its own prefix ({@code residence:…}).
 */
@Component
public class OneTimeCodes {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new code for the subject; earlier codes stop working. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(String subject) {
        check(subject);
        Instant now = clock.instant();
        // The earlier codes go: they stop working, and a subject keeps one row at most.
        jdbc.sql("DELETE FROM one_time_code WHERE subject = ?").param(subject).update();
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO one_time_code (id, subject, code_hash, expires_at, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(id, subject, hash(id, code), Timestamp.from(now.plus(VALIDITY)), Timestamp.from(now))
                .update();
        return code;
    }

    /**
     * Whether {@code code} is the subject's current code, still valid and not yet used; a right code
     * is used up, a wrong one counts as an attempt.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean verify(String subject, String code) {
        check(subject);
        Instant now = clock.instant();
        var current = jdbc.sql("""
                SELECT id, code_hash FROM one_time_code
                WHERE subject = ? AND used_at IS NULL AND expires_at > ? AND attempts < ?
                ORDER BY created_at DESC LIMIT 1 FOR UPDATE""")
                .params(subject, Timestamp.from(now), MAX_ATTEMPTS)
                .query((rs, i) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("code_hash")})
                .optional();
        if (current.isEmpty()) {
            return false;
        }
        UUID id = (UUID) current.get()[0];
        String typed = code == null ? "" : code.replace(" ", "").strip();
        boolean right = typed.matches("\\d{6}") && MessageDigest.isEqual(
                hash(id, typed).getBytes(StandardCharsets.US_ASCII),
                ((String) current.get()[1]).getBytes(StandardCharsets.US_ASCII));
        if (right) {
            jdbc.sql("UPDATE one_time_code SET used_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
        } else {
            jdbc.sql("UPDATE one_time_code SET attempts = attempts + 1 WHERE id = ?").param(id).update();
        }
        return right;
    }

    /** A new code for the subject; earlier codes stop working. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(CodeSubject subject) {
        return issue(subject.value());
    }

    /** Whether {@code code} is the subject's current code; see {@link #verify(String, String)}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean verify(CodeSubject subject, String code) {
        return verify(subject.value(), code);
    }

    private static void check(String subject) {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > 300) {
            throw new IllegalArgumentException("a subject has 1 to 300 characters");
        }
    }

    private static String hash(UUID salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
