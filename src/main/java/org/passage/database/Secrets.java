package org.passage.database;

import java.security.SecureRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Named random secrets shared by every node through the database: the first node to ask for one
 * makes it, the others read the same value. No secret is ever a default in the code.
 */
@Component
public class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    protected Secrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The 32-byte secret called {@code name}, made now if it does not exist yet. */
    public byte[] get(String name) {
        byte[] candidate = new byte[32];
        RANDOM.nextBytes(candidate);
        jdbc.sql("INSERT INTO app_secret (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                .params(name, candidate).update();
        return jdbc.sql("SELECT value FROM app_secret WHERE name = ?").param(name).query(byte[].class).single();
    }
}
