package org.passage.admissions.letters;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code that verifies an acceptance letter: sixteen characters of Crockford's base 32 (80 random
 * bits, so codes cannot be found by trying), printed in groups of four.
 */
public record VerificationCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value == null || !value.matches("[0-9A-HJKMNP-TV-Z]{16}")) {
            throw new IllegalArgumentException("a verification code is 16 characters of Crockford's base 32");
        }
    }

    /** A new random code. */
    public static VerificationCode random() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /** The code as typed or scanned: case, hyphens and spaces do not matter; empty when it cannot be one. */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return plain.matches("[0-9A-HJKMNP-TV-Z]{16}") ? Optional.of(new VerificationCode(plain)) : Optional.empty();
    }

    /** The code in groups of four, as printed: {@code ABCD-EFGH-JKMN-PQRS}. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }
}
