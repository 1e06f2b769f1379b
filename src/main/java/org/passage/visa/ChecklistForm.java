package org.passage.visa;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The questions of one wizard page as the template shows them, and the checks of their answers.
 * Answers are kept as the text typed in, so a page shown again holds exactly what was entered.
 */
final class ChecklistForm {

    enum Kind {
        RADIOS, TEXT, SELECT, DATE, CHECKBOX
    }

    record Option(String value, String label, String hint) {
    }

    /** One question: {@code id} is the element an error links to (the first radio, the day field). */
    record Question(String name, Kind kind, String label, String hint, List<Option> options, String value,
            String day, String month, String year, String error, String width) {

        String id() {
            return kind == Kind.DATE ? name + "-day" : name;
        }
    }

    /** An entry of the error summary: the message and the field it links to. */
    record FieldError(String id, String message) {
    }

    static final Pattern WHOLE = Pattern.compile("\\d{1,7}");
    static final Pattern AMOUNT = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

    private ChecklistForm() {
    }

    /** Reads a day/month/year triple; null when blank, throws when it is no calendar date. */
    static LocalDate date(Map<String, String> answers, String name) {
        String d = answers.getOrDefault(name + "-day", "").trim();
        String m = answers.getOrDefault(name + "-month", "").trim();
        String y = answers.getOrDefault(name + "-year", "").trim();
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(d).matches() || !WHOLE.matcher(m).matches() || !y.matches("\\d{4}")) {
            throw new DateTimeException("not a date");
        }
        return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }

    static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(',', '.'));
    }

    static Integer whole(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    /** Collects the errors of one page; each names its field and a message key. */
    static final class Errors {
        private final List<FieldError> list = new ArrayList<>();
        private final Map<String, String> byName = new java.util.HashMap<>();

        void add(String name, String id, String message) {
            if (!byName.containsKey(name)) {
                byName.put(name, message);
                list.add(new FieldError(id, message));
            }
        }

        String of(String name) {
            return byName.get(name);
        }

        List<FieldError> list() {
            return list;
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }
}
