package org.passage.notifications;

import java.util.regex.Pattern;

/**
 * Where a notification goes: an e-mail address, a mobile number in E.164 ({@code +905321234567}), or
 * both; each one present gets its own delivery.
 *
 * @param email  an e-mail address, or {@code null}
 * @param mobile a mobile number in E.164, or {@code null}
 */
public record Recipient(String email, String mobile) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    // Deliberately loose: the mail server judges the address; this only keeps out blanks, line breaks
    // (header injection) and obvious non-addresses.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int MAX_EMAIL_LENGTH = 254;

    public Recipient {
        email = email == null || email.isBlank() ? null : email.strip();
        mobile = mobile == null || mobile.isBlank() ? null : mobile.strip();
        if (email == null && mobile == null) {
            throw new IllegalArgumentException("A recipient needs an e-mail address or a mobile number");
        }
        if (email != null && (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        if (mobile != null && !E164.matcher(mobile).matches()) {
            throw new IllegalArgumentException("A mobile number must be in E.164 form (+905321234567)");
        }
    }

    /** A recipient reached by e-mail only. */
    public static Recipient ofEmail(String email) {
        return new Recipient(email, null);
    }

    /** A recipient reached by SMS only. */
    public static Recipient ofMobile(String mobile) {
        return new Recipient(null, mobile);
    }
}
