package org.passage.residence;

import java.io.Serializable;
import java.util.Objects;

/**
 * The number of an e-residence application: 12 random symbols of Crockford's base-32 alphabet
 * (60 bits, so numbers cannot be guessed or walked through) and a Luhn mod-32 check symbol that
 * catches every single mistyped symbol and most swapped neighbours. Written in groups of four,
 * e.g. {@code 7K3M-QX2P-9RTA-V}; read back case-insensitively with or without dashes and spaces,
 * taking O for 0 and I or L for 1 as Crockford's alphabet does.
 */
public record ApplicationNumber(String value) implements Serializable {

    static final String ALPHABET = NumberSymbols.ALPHABET;

    public ApplicationNumber {
        Objects.requireNonNull(value, "value");
        if (!NumberSymbols.wellFormed(value)) {
            throw new IllegalArgumentException("an application number has 13 symbols of 0-9 and A-Z without I, L, O, U");
        }
        if (checkSymbol(value.substring(0, NumberSymbols.RANDOM_SYMBOLS)) != value.charAt(NumberSymbols.RANDOM_SYMBOLS)) {
            throw new IllegalArgumentException("the check symbol of the application number does not match");
        }
    }

    /** A new random number. */
    public static ApplicationNumber random() {
        String body = NumberSymbols.randomBody();
        return new ApplicationNumber(body + checkSymbol(body));
    }

    /** The number a person typed, or {@code null} when the text is not a valid number. */
    public static ApplicationNumber parseOrNull(String text) {
        String canonical = NumberSymbols.canonical(text, "");
        try {
            return canonical == null ? null : new ApplicationNumber(canonical);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a person typed 13 right symbols whose check symbol does not match: a mistyped symbol. */
    public static boolean mistyped(String text) {
        String canonical = NumberSymbols.canonical(text, "");
        return NumberSymbols.wellFormed(canonical) && parseOrNull(canonical) == null;
    }

    /** The number in groups of four, as printed and shown. */
    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12);
    }

    @Override
    public String toString() {
        return formatted();
    }

    static char checkSymbol(CharSequence body) {
        return NumberSymbols.checkSymbol(body);
    }
}
