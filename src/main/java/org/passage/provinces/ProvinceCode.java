package org.passage.provinces;

import java.util.regex.Pattern;

/**
 * A province's two-digit plate code, {@code 01} (Adana) to {@code 81} (Düzce).
 */
public record ProvinceCode(String value) {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    /** Istanbul, where the directorate assigns appointment dates itself. */
    public static final ProvinceCode ISTANBUL = new ProvinceCode("34");
    /** Ankara, where the directorate assigns appointment dates itself. */
    public static final ProvinceCode ANKARA = new ProvinceCode("06");

    public ProvinceCode {
        if (value == null || !TWO_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a province code is two digits, 01 to 81");
        }
        int number = Integer.parseInt(value);
        if (number < 1 || number > 81) {
            throw new IllegalArgumentException("a province code is two digits, 01 to 81");
        }
    }

    /** Whether {@code text} is a valid plate code. */
    public static boolean isValid(String text) {
        try {
            new ProvinceCode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
