package org.passage.forms;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One input of a form as {@code fragments/forms.html} renders it, every text already in the
 * page's language. {@code describedBy} lists the ids of the hint and the error for screen readers.
 *
 * @param kind TEXT, EMAIL, TEL, DATE, SELECT, RADIOS, CHECKBOX or FILE
 */
public record Field(String name, String kind, String label, @Nullable String hint, @Nullable String error,
        @Nullable String value, @Nullable String day, @Nullable String month, @Nullable String year, List<Option> options,
        @Nullable String autocomplete, @Nullable String width) {

    /** A choice of a select, radios or a checkbox; {@code hint} explains a radio (may be null). */
    public record Option(String id, String value, String label, boolean checked, @Nullable String hint) {

        public Option(String id, String value, String label, boolean checked) {
            this(id, value, label, checked, null);
        }
    }

    /** The same field shown as another kind of input (a choice as a select rather than radios). */
    public Field as(String otherKind) {
        return new Field(name, otherKind, label, hint, error, value, day, month, year, options, autocomplete, width);
    }

    /** The id the error summary links to: the day input of a date, the first radio, else the input. */
    public String firstInputId() {
        return switch (kind) {
            case "DATE" -> name + "-day";
            case "RADIOS" -> options.isEmpty() ? name : options.getFirst().id();
            default -> name;
        };
    }

    /** The ids of the hint and the error, for {@code aria-describedby}; null when there are neither. */
    public @Nullable String describedBy() {
        String ids = (hint == null ? "" : name + "-hint ") + (error == null ? "" : name + "-error");
        return ids.isBlank() ? null : ids.strip();
    }
}
