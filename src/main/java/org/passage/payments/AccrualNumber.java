package org.passage.payments;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * An accrual number ("tahakkuk numarası"), with which an application's fees are paid: 15 digits,
 * the year of accrual, 10 random digits and a Damm check digit, which catches every single
 * mistyped digit and every swap of two neighbouring digits. Printed in groups, e.g.
 * {@code 2026 4821 0937 554}; read back with or without spaces and dashes.
 */
public record AccrualNumber(String value) {

    private static final int LENGTH = 15;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    public AccrualNumber {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("an accrual number has 15 digits");
        }
        if (damm(value) != 0) {
            throw new IllegalArgumentException("the check digit of the accrual number does not match");
        }
    }

    /** A new random number of {@code year}. */
    public static AccrualNumber random(int year) {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("an accrual year has four digits");
        }
        StringBuilder body = new StringBuilder().append(year);
        for (int i = 0; i < 10; i++) {
            body.append(RANDOM.nextInt(10));
        }
        return new AccrualNumber(body.toString() + damm(body));
    }

    /** The number a person typed, or {@code null} when it is not a valid accrual number. */
    public static AccrualNumber parseOrNull(String text) {
        if (text == null || text.length() > 40) {
            return null;
        }
        String digits = text.replace(" ", "").replace("-", "");
        try {
            return new AccrualNumber(digits);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The number in groups of four, as printed. */
    public String formatted() {
        return value.substring(0, 4) + " " + value.substring(4, 8) + " " + value.substring(8, 12) + " " + value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Damm's algorithm: the check digit of a body, or 0 for a number that carries a correct one. */
    static int damm(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }
}
