package org.passage.residence;

import java.util.Objects;

/**
 * The number of an issued residence permit: 12 random symbols of Crockford's base-32 alphabet (60
 * bits, so permits cannot be found by guessing) and a Luhn mod-32 check symbol computed over
 * {@code RP} and the symbols, so that an application number is not taken for a permit number.
 * Written {@code RP-7K3M-QX2P-9RTA-V}; read back like an application number, with or without the
 * {@code RP} prefix.
 */
public record PermitNumber(String value) {

    private static final String PREFIX = "RP";

    public PermitNumber {
        Objects.requireNonNull(value, "value");
        if (!NumberSymbols.wellFormed(value)) {
            throw new IllegalArgumentException("a permit number has 13 symbols of 0-9 and A-Z without I, L, O, U");
        }
        if (check(value.substring(0, NumberSymbols.RANDOM_SYMBOLS)) != value.charAt(NumberSymbols.RANDOM_SYMBOLS)) {
            throw new IllegalArgumentException("the check symbol of the permit number does not match");
        }
    }

    /** A new random number. */
    public static PermitNumber random() {
        String body = NumberSymbols.randomBody();
        return new PermitNumber(body + check(body));
    }

    /** The number a person typed, or {@code null} when the text is not a valid permit number. */
    public static PermitNumber parseOrNull(String text) {
        String canonical = NumberSymbols.canonical(text, PREFIX);
        try {
            return canonical == null ? null : new PermitNumber(canonical);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The number as printed on the permit and the decision letter. */
    public String formatted() {
        return PREFIX + "-" + value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static char check(CharSequence body) {
        return NumberSymbols.checkSymbol(PREFIX + body);
    }
}
