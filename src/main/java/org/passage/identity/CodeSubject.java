package org.passage.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a one-time code signs in to, named by the module that asks for it: {@code residence:}
 * and an application number, {@code visa:} and an e-mail address.
 */
public record CodeSubject(String value) {

    public CodeSubject {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[a-z]{2,20}:\\S{1,260}")) {
            throw new IllegalArgumentException("a code subject is a purpose, a colon and a key");
        }
    }

    /** The subject of a purpose and a key; the key is compared without regard to case. */
    public static CodeSubject of(String purpose, String key) {
        return new CodeSubject(purpose + ":" + key.strip().toLowerCase(Locale.ROOT));
    }

    /** The key of this subject when it is of {@code purpose}; empty for another purpose's subject. */
    public Optional<String> keyOf(String purpose) {
        String prefix = purpose + ":";
        return value.startsWith(prefix) ? Optional.of(value.substring(prefix.length())) : Optional.empty();
    }
}
