package org.passage.oauth.internal;

import java.util.function.Supplier;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** A decoder built on first use, so that the stored key is read once the database is migrated. */
final class StoredKeyJwtDecoder implements JwtDecoder {

    private final Supplier<JwtDecoder> build;
    private volatile JwtDecoder decoder;

    StoredKeyJwtDecoder(Supplier<JwtDecoder> build) {
        this.build = build;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        JwtDecoder known = decoder;
        if (known == null) {
            known = build.get();
            decoder = known;
        }
        return known.decode(token);
    }
}
