package org.passage.forms;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A form's answers as typed, by form field name; kept in the HTTP session, which Spring Session
 * stores in PostgreSQL, hence Serializable and made only of strings.
 */
public final class Answers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

    public Answers() {
    }

    public Answers(Answers other) {
        values.putAll(other.values);
    }

    /** Answers of the given field values; blank ones are left out. */
    public static Answers of(Map<String, String> values) {
        Answers answers = new Answers();
        values.forEach(answers::put);
        return answers;
    }

    /** The stripped answer of a form field, or null when it was left empty. */
    public @Nullable String get(String field) {
        return values.get(field);
    }

    public void put(String field, @Nullable String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            values.remove(field);
        } else {
            values.put(field, stripped);
        }
    }

    public boolean is(String field, String code) {
        return code.equals(values.get(field));
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }
}
