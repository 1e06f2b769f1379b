package org.passage.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One message to one recipient, in the recipient's language, with the parameters its type needs.
 *
 * @param type       what the message says
 * @param recipient  where it goes (every channel the recipient has)
 * @param language   tr, en or de; any other language, or none, falls back to en
 * @param parameters exactly the parameters {@link MessageType#parameters()} names, none blank
 * @param key        optional idempotency key: a later notification with the same key is not sent
 *                   again (for example {@code "reminder:" + applicationNumber + ":" + date}); {@code null} for none
 */
public record Notification(MessageType type, Recipient recipient, Locale language, Map<String, String> parameters,
        String key) {

    private static final Set<String> LANGUAGES = Set.of("tr", "en", "de");
    private static final int MAX_KEY_LENGTH = 200;

    public Notification {
        if (type == null || recipient == null) {
            throw new IllegalArgumentException("A notification needs a type and a recipient");
        }
        language = language != null && LANGUAGES.contains(language.getLanguage())
                ? Locale.of(language.getLanguage()) : Locale.ENGLISH;
        parameters = checked(type, parameters == null ? Map.of() : parameters);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw new IllegalArgumentException("An idempotency key must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    /** A notification without an idempotency key. */
    public Notification(MessageType type, Recipient recipient, Locale language, Map<String, String> parameters) {
        this(type, recipient, language, parameters, null);
    }

    private static Map<String, String> checked(MessageType type, Map<String, String> parameters) {
        Set<String> missing = new TreeSet<>(type.parameters());
        missing.removeAll(parameters.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(type + " needs the parameters " + missing);
        }
        Set<String> unknown = new TreeSet<>(parameters.keySet());
        unknown.removeAll(type.parameters());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(type + " has no parameters " + unknown);
        }
        parameters.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(type + " needs a value for the parameter " + name);
            }
        });
        return Map.copyOf(parameters);
    }
}
