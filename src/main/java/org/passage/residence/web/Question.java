package org.passage.residence.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One question of the checklist wizard: its form field, how it is answered, the request property
 * it fills (so validation problems of the request find their way back to it) and when it is asked.
 *
 * @param name      form field name and message key part ({@code checklist.q.<name>.label})
 * @param kind      how the question is answered
 * @param codes     for {@link Kind#RADIOS}: the rulebook vocabulary group of the options
 * @param path      the property of {@code ResidencePermitRequest} the answer goes to
 * @param required  whether an answer is needed
 * @param asked     whether the question applies to the answers given so far
 */
record Question(String name, Kind kind, String codes, String path, boolean required, Asked asked) {

    /** How a question is answered, and which form inputs it has. */
    enum Kind {
        RADIOS, YES_NO, DATE, COUNTRY, WHOLE_NUMBER, AMOUNT
    }

    /** Whether a question applies, given the answers so far and today's date. */
    @FunctionalInterface
    interface Asked {
        boolean test(ChecklistAnswers answers, LocalDate today);

        Asked ALWAYS = (answers, today) -> true;
    }

    static final String DAY = "-day";
    static final String MONTH = "-month";
    static final String YEAR = "-year";

    static Question radios(String name, String codes, String path) {
        return new Question(name, Kind.RADIOS, codes, path, true, Asked.ALWAYS);
    }

    static Question yesNo(String name, String path) {
        return new Question(name, Kind.YES_NO, null, path, true, Asked.ALWAYS);
    }

    static Question date(String name, String path) {
        return new Question(name, Kind.DATE, null, path, true, Asked.ALWAYS);
    }

    static Question country(String name, String path) {
        return new Question(name, Kind.COUNTRY, null, path, true, Asked.ALWAYS);
    }

    static Question wholeNumber(String name, String path) {
        return new Question(name, Kind.WHOLE_NUMBER, null, path, true, Asked.ALWAYS);
    }

    static Question amount(String name, String path) {
        return new Question(name, Kind.AMOUNT, null, path, true, Asked.ALWAYS);
    }

    Question when(Asked condition) {
        return new Question(name, kind, codes, path, required, condition);
    }

    Question optional() {
        return new Question(name, kind, codes, path, false, asked);
    }

    /** The form inputs of this question; a date has three. */
    List<String> inputs() {
        return kind == Kind.DATE ? List.of(name + DAY, name + MONTH, name + YEAR) : List.of(name);
    }

    /** The id the error summary links to: the first input (GOV.UK: the first radio or the day field). */
    String firstInputId() {
        return inputs().getFirst();
    }

    boolean answered(ChecklistAnswers answers) {
        return inputs().stream().anyMatch(input -> answers.get(input) != null);
    }

    /**
     * The message key of what is wrong with the answer as typed (missing or not readable), or null
     * when it is fine; the rules of the request itself are checked afterwards by Bean Validation and
     * the assessment service.
     */
    String formatProblem(ChecklistAnswers answers) {
        if (!answered(answers)) {
            return required ? "checklist.q." + name + ".required" : null;
        }
        return switch (kind) {
            case DATE -> date(answers) == null ? "checklist.error.date" : null;
            case WHOLE_NUMBER -> wholeNumber(answers) == null ? "checklist.error.whole-number" : null;
            case AMOUNT -> amount(answers) == null ? "checklist.error.amount" : null;
            case YES_NO -> yesNo(answers) == null ? "checklist.error.invalid" : null;
            case RADIOS, COUNTRY -> null;
        };
    }

    String text(ChecklistAnswers answers) {
        String value = answers.get(name);
        return kind == Kind.COUNTRY && value != null ? value.toUpperCase(Locale.ROOT) : value;
    }

    Boolean yesNo(ChecklistAnswers answers) {
        String value = answers.get(name);
        return "YES".equals(value) ? Boolean.TRUE : "NO".equals(value) ? Boolean.FALSE : null;
    }

    LocalDate date(ChecklistAnswers answers) {
        try {
            String year = answers.get(name + YEAR);
            if (year == null || year.length() != 4) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(answers.get(name + MONTH)),
                    Integer.parseInt(answers.get(name + DAY)));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return null;
        }
    }

    Integer wholeNumber(ChecklistAnswers answers) {
        String value = answers.get(name);
        if (value == null || !value.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    BigDecimal amount(ChecklistAnswers answers) {
        String value = answers.get(name);
        if (value == null) {
            return null;
        }
        String plain = value.replace(" ", "").replace("\u00a0", "");
        // "12.500,50" (tr, de) and "12,500.50" (en): the last separator is the decimal one.
        int comma = plain.lastIndexOf(',');
        int dot = plain.lastIndexOf('.');
        if (comma > dot) {
            plain = plain.replace(".", "").replace(',', '.');
        } else {
            plain = plain.replace(",", "");
        }
        if (!plain.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }
}
