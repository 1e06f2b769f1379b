package org.passage.residence;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;

/**
 * The number of an e-residence application: 12 random symbols of Crockford's base-32 alphabet
 * (60 bits, so numbers cannot be guessed or walked through) and a Luhn mod-32 check symbol that
 * catches every single mistyped symbol and most swapped neighbours. Written in groups of four,
 * e.g. {@code 7K3M-QX2P-9RTA-V}; read back case-insensitively with or without dashes and spaces,
 * taking O for 0 and I or L for 1 as Crockford's alphabet does.
 */
public record ApplicationNumber(String value) implements java.io.Serializable {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_SYMBOLS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApplicationNumber {
        Objects.requireNonNull(value, "value");
        if (value.length() != RANDOM_SYMBOLS + 1 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("an application number has 13 symbols of 0-9 and A-Z without I, L, O, U");
        }
        if (checkSymbol(value.substring(0, RANDOM_SYMBOLS)) != value.charAt(RANDOM_SYMBOLS)) {
            throw new IllegalArgumentException("the check symbol of the application number does not match");
        }
    }

    /** A new random number. */
    public static ApplicationNumber random() {
        StringBuilder body = new StringBuilder(RANDOM_SYMBOLS);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ApplicationNumber(body.toString() + checkSymbol(body));
    }

    /** The number a person typed, or {@code null} when the text is not a valid number. */
    public static ApplicationNumber parseOrNull(String text) {
        if (text == null || text.length() > 40) {
            return null;
        }
        StringBuilder canonical = new StringBuilder();
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> { }
                case 'O' -> canonical.append('0');
                case 'I', 'L' -> canonical.append('1');
                default -> canonical.append(c);
            }
        }
        try {
            return new ApplicationNumber(canonical.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The number in groups of four, as printed and shown. */
    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12);
    }

    @Override
    public String toString() {
        return formatted();
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
