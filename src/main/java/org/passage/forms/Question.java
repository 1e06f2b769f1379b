package org.passage.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One question of a form: its form field, how it is answered, the request property it fills (so
 * validation problems of the request find their way back to it) and when it is asked.
 *
 * @param name      form field name and message key part
 * @param kind      how the question is answered
 * @param codes     for {@link FieldKind#CHOICE}: the vocabulary group of the options
 * @param path      the property of the request the answer goes to
 * @param required  whether an answer is needed
 * @param asked     whether the question applies to the answers given so far
 */
public record Question(String name, FieldKind kind, @Nullable String codes, String path, boolean required, Asked asked) {

    /** Whether a question applies, given the answers so far and today's date. */
    @FunctionalInterface
    public interface Asked {
        boolean test(Answers answers, LocalDate today);

        Asked ALWAYS = (answers, today) -> true;
    }

    /** What is wrong with an answer as typed, before the rules judge it. */
    public enum Problem {
        MISSING, NOT_YES_NO, NOT_A_DATE, NOT_MONEY, NOT_A_COUNTRY, NOT_A_NUMBER, NOT_A_CHOICE
    }

    public static final String DAY = "-day";
    public static final String MONTH = "-month";
    public static final String YEAR = "-year";

    public static Question choice(String name, String codes, String path) {
        return new Question(name, FieldKind.CHOICE, codes, path, true, Asked.ALWAYS);
    }

    public static Question yesNo(String name, String path) {
        return of(name, FieldKind.YES_NO, path);
    }

    public static Question date(String name, String path) {
        return of(name, FieldKind.DATE, path);
    }

    public static Question country(String name, String path) {
        return of(name, FieldKind.COUNTRY, path);
    }

    public static Question number(String name, String path) {
        return of(name, FieldKind.NUMBER, path);
    }

    public static Question money(String name, String path) {
        return of(name, FieldKind.MONEY, path);
    }

    public static Question text(String name, String path) {
        return of(name, FieldKind.TEXT, path);
    }

    private static Question of(String name, FieldKind kind, String path) {
        return new Question(name, kind, null, path, true, Asked.ALWAYS);
    }

    public Question when(Asked condition) {
        return new Question(name, kind, codes, path, required, condition);
    }

    public Question optional() {
        return new Question(name, kind, codes, path, false, asked);
    }

    /** The form inputs of this question; a date has three. */
    public List<String> inputs() {
        return kind == FieldKind.DATE ? List.of(name + DAY, name + MONTH, name + YEAR) : List.of(name);
    }

    /** The id the error summary links to: the first input (GOV.UK: the first radio or the day field). */
    public String firstInputId() {
        return inputs().getFirst();
    }

    public boolean answered(Answers answers) {
        return inputs().stream().anyMatch(input -> answers.get(input) != null);
    }

    /**
     * What is wrong with the answer as typed on a page in {@code locale}, or null when it reads;
     * {@code choices} are the codes a choice may take (null: judged later by the rules).
     */
    public @Nullable Problem problem(Answers answers, Locale locale, @Nullable Collection<String> choices) {
        if (!answered(answers)) {
            return required ? Problem.MISSING : null;
        }
        String value = answers.get(name);
        return switch (kind) {
            case DATE -> date(answers) == null ? Problem.NOT_A_DATE : null;
            case NUMBER -> FieldParsers.number(value, locale) == null ? Problem.NOT_A_NUMBER : null;
            case MONEY -> FieldParsers.money(value, locale) == null ? Problem.NOT_MONEY : null;
            case YES_NO -> FieldParsers.yesNo(value) == null ? Problem.NOT_YES_NO : null;
            case COUNTRY -> FieldParsers.country(value) == null ? Problem.NOT_A_COUNTRY : null;
            case CHOICE -> choices != null && FieldParsers.choice(value, choices) == null ? Problem.NOT_A_CHOICE : null;
            case TEXT -> null;
        };
    }

    /** What is wrong with a kept (normalised) answer, or null. */
    public @Nullable Problem problem(Answers answers) {
        return problem(answers, Locale.ROOT, null);
    }

    /**
     * Replaces a readable answer typed in {@code locale} by the form every page reads the same way:
     * numbers without grouping and with a decimal point, {@code YES}/{@code NO}, upper-case country codes.
     */
    public void normalise(Answers answers, Locale locale) {
        String value = answers.get(name);
        switch (kind) {
            case NUMBER -> {
                Integer number = FieldParsers.number(value, locale);
                if (number != null) {
                    answers.put(name, number.toString());
                }
            }
            case MONEY -> {
                BigDecimal money = FieldParsers.money(value, locale);
                if (money != null) {
                    answers.put(name, money.toPlainString());
                }
            }
            case YES_NO -> {
                Boolean yes = FieldParsers.yesNo(value);
                if (yes != null) {
                    answers.put(name, yes ? FieldParsers.YES : FieldParsers.NO);
                }
            }
            case COUNTRY -> {
                String code = FieldParsers.country(value);
                if (code != null) {
                    answers.put(name, code);
                }
            }
            case DATE, CHOICE, TEXT -> {
            }
        }
    }

    /** The kept answer as text (a code, a country code, free text). */
    public @Nullable String text(Answers answers) {
        return answers.get(name);
    }

    public @Nullable Boolean yesNo(Answers answers) {
        return FieldParsers.yesNo(answers.get(name));
    }

    public @Nullable LocalDate date(Answers answers) {
        return FieldParsers.date(answers.get(name + DAY), answers.get(name + MONTH), answers.get(name + YEAR));
    }

    public @Nullable Integer number(Answers answers) {
        return FieldParsers.number(answers.get(name), Locale.ROOT);
    }

    public @Nullable BigDecimal money(Answers answers) {
        return FieldParsers.money(answers.get(name), Locale.ROOT);
    }
}
