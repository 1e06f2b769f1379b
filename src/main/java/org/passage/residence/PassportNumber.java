package org.passage.residence;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of the passport or travel document the foreigner entered Türkiye with, which is the
 * identity of an application: 5 to 20 letters and digits, kept in capitals without spaces.
 */
public record PassportNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{5,20}");

    public PassportNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a passport number has 5 to 20 letters A-Z and digits");
        }
    }

    /** The number a person typed (spaces and dashes dropped, any case), or {@code null} when it cannot be one. */
    public static PassportNumber parseOrNull(String text) {
        if (text == null || text.length() > 40) {
            return null;
        }
        String canonical = text.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        return FORMAT.matcher(canonical).matches() ? new PassportNumber(canonical) : null;
    }

    /** Whether two passport numbers are the same, compared in constant time. */
    public boolean matches(PassportNumber other) {
        return other != null && java.security.MessageDigest.isEqual(
                value.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                other.value.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return value;
    }
}
