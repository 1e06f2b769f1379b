package org.passage.residence;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The symbols of application and permit numbers, written once: 12 random symbols of Crockford's
 * base-32 alphabet and a Luhn mod-32 check symbol, read back as people type them.
 */
final class NumberSymbols {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_SYMBOLS = 12;
    private static final int LONGEST_TYPED = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private NumberSymbols() {
    }

    /** Twelve random symbols. */
    static String randomBody() {
        StringBuilder body = new StringBuilder(RANDOM_SYMBOLS);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return body.toString();
    }

    /**
     * The symbols a person typed, upper-case, without dashes and spaces, reading O as 0 and I or L
     * as 1 as Crockford's alphabet does, after an optional {@code prefix}; null when far too long.
     */
    static String canonical(String text, String prefix) {
        if (text == null || text.length() > LONGEST_TYPED) {
            return null;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (!prefix.isEmpty() && upper.startsWith(prefix)) {
            upper = upper.substring(prefix.length());
        }
        StringBuilder canonical = new StringBuilder();
        for (char c : upper.toCharArray()) {
            switch (c) {
                case '-', ' ' -> { }
                case 'O' -> canonical.append('0');
                case 'I', 'L' -> canonical.append('1');
                default -> canonical.append(c);
            }
        }
        return canonical.toString();
    }

    /** Thirteen symbols of the alphabet, whatever the check symbol. */
    static boolean wellFormed(String value) {
        return value != null && value.length() == RANDOM_SYMBOLS + 1
                && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** Luhn mod N over the base-32 alphabet. */
    static char checkSymbol(CharSequence body) {
        int n = ALPHABET.length();
        int sum = 0;
        boolean doubled = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = ALPHABET.indexOf(body.charAt(i));
            if (doubled) {
                addend *= 2;
                addend = addend / n + addend % n;
            }
            sum += addend;
            doubled = !doubled;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
