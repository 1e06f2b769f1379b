package org.passage.staff;

import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Staff passwords as Argon2id hashes with OWASP's parameters (19 MiB, 2 iterations, 1 lane). Each
 * hash takes 19 MiB for a moment, so only a few are computed at once: a burst of sign-ins waits
 * instead of exhausting the memory.
 */
@Component
class Passwords {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final Semaphore hashing = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
    // Compared against when the account does not exist, so that takes as long as a wrong password.
    private final String unknownAccountHash = hash(UUID.randomUUID().toString());

    /** The hash to store for {@code password}; never reversible, salted anew each time. */
    String hash(String password) {
        hashing.acquireUninterruptibly();
        try {
            return encoder.encode(password);
        } finally {
            hashing.release();
        }
    }

    boolean matches(String password, String hash) {
        hashing.acquireUninterruptibly();
        try {
            return password != null && encoder.matches(password, hash);
        } finally {
            hashing.release();
        }
    }

    /** Spends the time of a comparison for an account that does not exist. */
    void matchNothing(String password) {
        matches(password == null ? "" : password, unknownAccountHash);
    }

    /** Whether {@code hash} was made with weaker parameters than today's and should be replaced. */
    boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }
}
