package org.passage.residence.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checklist wizard's answers as typed, by form field name; kept in the HTTP session, which
 * Spring Session stores in PostgreSQL, hence Serializable and made only of strings.
 */
final class ChecklistAnswers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = "residenceChecklistAnswers";

    private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

    ChecklistAnswers() {
    }

    ChecklistAnswers(ChecklistAnswers other) {
        values.putAll(other.values);
    }

    /** The stripped answer of a form field, or null when it was left empty. */
    String get(String field) {
        return values.get(field);
    }

    void put(String field, String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            values.remove(field);
        } else {
            values.put(field, stripped);
        }
    }

    boolean is(String field, String code) {
        return code.equals(values.get(field));
    }

    Map<String, String> asMap() {
        return Map.copyOf(values);
    }
}
