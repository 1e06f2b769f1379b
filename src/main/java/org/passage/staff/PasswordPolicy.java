package org.passage.staff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a staff password must be (NIST SP 800-63B: length over composition rules, and no well-known
 * password): 12 to 128 characters, not the user name or containing it, not a common password with
 * digits and signs added, and not made of a handful of characters repeated.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT = 5;
    private static final Set<String> COMMON = Set.of("password", "passwort", "parola", "sifre", "şifre", "qwerty",
            "qwertyuiop", "qwertz", "asdfgh", "azerty", "admin", "administrator", "passage", "letmein", "welcome",
            "iloveyou", "changeme", "secret", "abcdef", "abcdefgh", "abcdefghijkl", "staff", "officer", "root");

    /** Why a password is refused. */
    enum Problem {
        TOO_SHORT("has fewer than " + MIN_LENGTH + " characters"),
        TOO_LONG("has more than " + MAX_LENGTH + " characters"),
        CONTAINS_USERNAME("contains the user name"),
        COMMON("is a common password"),
        TOO_FEW_DIFFERENT_CHARACTERS("uses fewer than " + MIN_DISTINCT + " different characters");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        /** English, for start-up errors. */
        String description() {
            return description;
        }

        /** The message key of the localized text. */
        String messageKey() {
            return "staff.password.problem." + name();
        }
    }

    private PasswordPolicy() {
    }

    /** The problems of {@code password} for the account {@code username}; empty when it is acceptable. */
    static List<Problem> problems(String username, String password) {
        List<Problem> problems = new ArrayList<>();
        String text = password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(Problem.TOO_LONG);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(Problem.CONTAINS_USERNAME);
        }
        String letters = lower.codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (COMMON.contains(letters) || isSequence(lower.codePoints().filter(Character::isDigit).toArray(), length)) {
            problems.add(Problem.COMMON);
        }
        if (length > 0 && text.codePoints().distinct().count() < MIN_DISTINCT) {
            problems.add(Problem.TOO_FEW_DIFFERENT_CHARACTERS);
        }
        return problems;
    }

    /** Digits only, counting up or down by one: 123456789012, 987654321098. */
    private static boolean isSequence(int[] digits, int length) {
        if (digits.length != length || length < 2) {
            return false;
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < digits.length; i++) {
            up &= digits[i] == '0' + (digits[i - 1] - '0' + 1) % 10;
            down &= digits[i] == '0' + (digits[i - 1] - '0' + 9) % 10;
        }
        return up || down;
    }
}
