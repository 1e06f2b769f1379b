package org.passage.oauth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The authorization server's signing key, shared by every node through PostgreSQL: the first node to
 * start generates an RSA key and offers it with {@code INSERT ... ON CONFLICT DO NOTHING}; every node
 * (the first included) then uses the key that is stored, so two nodes never sign with different keys.
 */
@Component
class SigningKeys {

    static final String CURRENT = "current";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile RSAKey key;

    SigningKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stored key (with its private part), generated and stored first if there is none yet. */
    RSAKey current() {
        RSAKey known = key;
        if (known == null) {
            known = load();
            key = known;
        }
        return known;
    }

    private RSAKey load() {
        String stored = read();
        if (stored == null) {
            jdbc.sql("INSERT INTO oauth2_signing_key (name, jwk, created_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (name) DO NOTHING")
                    .params(CURRENT, generate().toJSONString(), Timestamp.from(clock.instant())).update();
            stored = read();
        }
        try {
            return JWK.parse(stored).toRSAKey();
        } catch (ParseException e) {
            throw new IllegalStateException("the stored signing key cannot be read", e);
        }
    }

    private String read() {
        return jdbc.sql("SELECT jwk FROM oauth2_signing_key WHERE name = ?").param(CURRENT).query(String.class)
                .optional().orElse(null);
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("no RSA key could be generated", e);
        }
    }
}
