package org.passage.residence.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.passage.residence.ApplicationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The results of writes sent with an {@code Idempotency-Key}: the first request with a key
 * reserves it, its result is kept, and the same key with the same body gets that result again.
 * The same key with another body, or while the first request still runs, is refused.
 * Published (named interface {@code idempotency}) so that every module's API keeps its keys here.
 */
@Component
@org.springframework.modulith.NamedInterface("idempotency")
public class IdempotentWrites {

    /** What a key stands for when a request arrives with it. */
    @org.springframework.modulith.NamedInterface("idempotency")
    public sealed interface Claim {
    }

    /** The key is new: this request goes ahead and must {@link #complete} or {@link #release} it. */
    @org.springframework.modulith.NamedInterface("idempotency")
    public record Reserved() implements Claim {
    }

    /** The key was used for this body, which gave this result. */
    @org.springframework.modulith.NamedInterface("idempotency")
    public record Replay(int status, String body) implements Claim {
    }

    /** The key was used for another body. */
    @org.springframework.modulith.NamedInterface("idempotency")
    public record OtherBody() implements Claim {
    }

    /** The first request with the key has not finished yet. */
    @org.springframework.modulith.NamedInterface("idempotency")
    public record InProgress() implements Claim {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentWrites(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reserves the key for this body, or tells what it already stands for. Runs in its own transaction. */
    public Claim claim(ApplicationNumber number, String operation, String key, String body) {
        String hash = sha256(body);
        int inserted = jdbc.sql("""
                INSERT INTO residence_api_idempotency (number, operation, idempotency_key, request_hash, created_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(number.value(), operation, key, hash, Timestamp.from(clock.instant())).update();
        if (inserted == 1) {
            return new Reserved();
        }
        Optional<Claim> existing = jdbc.sql("""
                SELECT request_hash, response_status, response_body FROM residence_api_idempotency
                WHERE number = ? AND operation = ? AND idempotency_key = ?""")
                .params(number.value(), operation, key)
                .query((rs, i) -> {
                    if (!rs.getString("request_hash").equals(hash)) {
                        return (Claim) new OtherBody();
                    }
                    int status = rs.getInt("response_status");
                    return rs.wasNull() ? new InProgress() : new Replay(status, rs.getString("response_body"));
                })
                .optional();
        // Released between the insert and the select: the caller may simply try again.
        return existing.orElseGet(InProgress::new);
    }

    /** Keeps the result of the request that reserved the key. */
    public void complete(ApplicationNumber number, String operation, String key, int status, String body) {
        jdbc.sql("""
                UPDATE residence_api_idempotency SET response_status = ?, response_body = ?
                WHERE number = ? AND operation = ? AND idempotency_key = ?""")
                .params(status, body, number.value(), operation, key).update();
    }

    /**
     * Reserves a pre-registration's key (scoped to the passport it was sent for, as there is no
     * application yet), or tells what it already stands for: a {@link Replay} carries the number
     * of the draft it made.
     */
    public Claim claimPreRegistration(String passport, String key, String body) {
        String keyHash = sha256(passport + "\n" + key);
        String hash = sha256(body);
        int inserted = jdbc.sql("""
                INSERT INTO residence_api_pre_registration_key (key_hash, request_hash, created_at)
                VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(keyHash, hash, Timestamp.from(clock.instant())).update();
        if (inserted == 1) {
            return new Reserved();
        }
        return jdbc.sql("SELECT request_hash, number FROM residence_api_pre_registration_key WHERE key_hash = ?")
                .param(keyHash)
                .query((rs, i) -> {
                    if (!rs.getString("request_hash").equals(hash)) {
                        return (Claim) new OtherBody();
                    }
                    String number = rs.getString("number");
                    return number == null ? new InProgress() : new Replay(202, number);
                })
                .optional().orElseGet(InProgress::new);
    }

    /** Keeps the draft a reserved pre-registration key made; {@code number} null frees the key again. */
    public void completePreRegistration(String passport, String key, ApplicationNumber number) {
        String keyHash = sha256(passport + "\n" + key);
        if (number == null) {
            jdbc.sql("DELETE FROM residence_api_pre_registration_key WHERE key_hash = ? AND number IS NULL")
                    .param(keyHash).update();
        } else {
            jdbc.sql("UPDATE residence_api_pre_registration_key SET number = ? WHERE key_hash = ?")
                    .params(number.value(), keyHash).update();
        }
    }

    /** Frees the key after a request that changed nothing, so that it can be sent again. */
    public void release(ApplicationNumber number, String operation, String key) {
        jdbc.sql("""
                DELETE FROM residence_api_idempotency
                WHERE number = ? AND operation = ? AND idempotency_key = ? AND response_status IS NULL""")
                .params(number.value(), operation, key).update();
    }

    /** The SHA-256 of a body or key as stored, of its UTF-8 bytes (bodies carry Turkish letters). */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
