package org.passage.residence;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A part of an application's status, already in the reader's language.
 *
 * @param key the JSON field of the status API that holds {@code data}, e.g. {@code appointment}
 * @param order where the section comes on the page, smaller first
 * @param lines label and value pairs for the page and the printed document
 * @param actions links the applicant may follow, e.g. "pay"
 * @param data the machine-readable content for the status API
 */
public record StatusSection(String key, int order, String title, List<StatusLine> lines, List<StatusAction> actions,
        Map<String, Object> data) {

    public StatusSection {
        if (key == null || !key.matches("[a-z][a-zA-Z]{1,30}")) {
            throw new IllegalArgumentException("a status section key is a camelCase word");
        }
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        actions = List.copyOf(actions);
        data = Map.copyOf(data);
    }

    /** A label and its value. */
    public record StatusLine(String label, String value) {
    }

    /** A link on the status page. */
    public record StatusAction(String label, String href) {
    }
}
