package org.passage.forms;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passage.forms.Field.Option;
import org.passage.rules.Countries;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * Builds a form's fields with their texts in the page's language and reads what was typed. Each
 * form names where its labels and hints are, as message key patterns such as {@code journey.q.%s.label}.
 */
public class FormFields {

    private final MessageSource messages;
    private final String labelKey;
    private final String hintKey;

    /** Fields whose label is {@code labelKey} and hint {@code hintKey}, {@code %s} standing for the field name. */
    public FormFields(MessageSource messages, String labelKey, String hintKey) {
        this.messages = messages;
        this.labelKey = labelKey;
        this.hintKey = hintKey;
    }

    public Field text(String name, Map<String, String> values, Map<String, String> errors, @Nullable String autocomplete,
            Locale locale) {
        return field(name, "TEXT", values, errors, List.of(), autocomplete, "20", locale);
    }

    /** A field whose error, if any, is the message key in {@code errors} under its name. */
    public Field field(String name, String kind, Map<String, String> values, Map<String, String> errors,
            List<Option> options, @Nullable String autocomplete, @Nullable String width, Locale locale) {
        return new Field(name, kind, label(name, locale), hint(name, locale),
                errors.containsKey(name) ? messages.getMessage(errors.get(name), null, locale) : null,
                values.get(name), values.get(name + Question.DAY), values.get(name + Question.MONTH),
                values.get(name + Question.YEAR), options, autocomplete, width);
    }

    public Field date(String name, Map<String, String> values, Map<String, String> errors, @Nullable String autocomplete,
            Locale locale) {
        return field(name, "DATE", values, errors, List.of(), autocomplete, null, locale);
    }

    /**
     * The field of a question, showing its answer as the page's language writes it; {@code options}
     * are a choice's (a yes/no question and a country have theirs already).
     */
    public Field field(Question q, Answers answers, @Nullable String error, List<Option> options, @Nullable String width,
            Locale locale) {
        String value = answers.get(q.name());
        String kind = switch (q.kind()) {
            case YES_NO, CHOICE -> "RADIOS";
            case COUNTRY -> "SELECT";
            case DATE -> "DATE";
            case NUMBER, MONEY, TEXT -> "TEXT";
        };
        List<Option> shown = switch (q.kind()) {
            case YES_NO -> options(q.name(), yesNo(locale), value);
            case COUNTRY -> options(q.name(), countries(locale), value);
            default -> options;
        };
        return new Field(q.name(), kind, label(q.name(), locale), hint(q.name(), locale), error,
                error == null ? shown(q, answers, locale) : value, answers.get(q.name() + Question.DAY),
                answers.get(q.name() + Question.MONTH), answers.get(q.name() + Question.YEAR), shown, null, width);
    }

    /** A kept answer as its input shows it: numbers as the language writes them. */
    public static @Nullable String shown(Question q, Answers answers, Locale locale) {
        return switch (q.kind()) {
            case NUMBER, MONEY -> {
                BigDecimal number = q.kind() == FieldKind.NUMBER
                        ? (q.number(answers) == null ? null : BigDecimal.valueOf(q.number(answers)))
                        : q.money(answers);
                yield number == null ? answers.get(q.name()) : FieldParsers.formatNumber(number, locale);
            }
            default -> answers.get(q.name());
        };
    }

    /**
     * A kept answer as the check-your-answers page shows it, in the page's language; {@code choices}
     * are the titles of a choice's codes.
     */
    public String answer(Question q, Answers answers, Map<String, String> choices, Locale locale) {
        if (!q.answered(answers)) {
            return messages.getMessage("checklist.answer.none", null, locale);
        }
        return switch (q.kind()) {
            case CHOICE -> choices.getOrDefault(answers.get(q.name()), answers.get(q.name()));
            case YES_NO -> yesNo(locale).getOrDefault(answers.get(q.name()), answers.get(q.name()));
            case DATE -> q.date(answers) == null ? messages.getMessage("checklist.answer.none", null, locale)
                    : FieldParsers.formatDate(q.date(answers), locale);
            case COUNTRY -> countryName(answers.get(q.name()), locale);
            case NUMBER, MONEY, TEXT -> shown(q, answers, locale);
        };
    }

    /** The labels of a yes/no question's two answers. */
    public Map<String, String> yesNo(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(FieldParsers.YES, messages.getMessage("checklist.answer.yes", null, locale));
        labels.put(FieldParsers.NO, messages.getMessage("checklist.answer.no", null, locale));
        return labels;
    }

    public String label(String name, Locale locale) {
        return messages.getMessage(labelKey.formatted(name), null, locale);
    }

    private @Nullable String hint(String name, Locale locale) {
        String hint = messages.getMessage(hintKey.formatted(name), null, null, locale);
        return hint == null || hint.isBlank() ? null : hint;
    }

    /** Options of a select or radios; the one equal to {@code current} is checked. */
    public static List<Option> options(String name, Map<String, String> labels, @Nullable String current) {
        List<Option> options = new ArrayList<>();
        labels.forEach((value, label) -> options.add(new Option(
                options.isEmpty() ? name : name + "-" + (options.size() + 1), value, label, value.equals(current))));
        return options;
    }

    /** Every country the rules know, by its name in the page's language, with CY-TRNC named. */
    public Map<String, String> countries(Locale locale) {
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.add("XK");
        codes.add("CY-TRNC");
        Collator collator = Collator.getInstance(locale);
        Map<String, String> names = new LinkedHashMap<>();
        codes.stream().filter(Countries::isKnown)
                .map(code -> Map.entry(code, countryName(code, locale)))
                .sorted(Comparator.comparing(Map.Entry::getValue, collator))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    public String countryName(String code, Locale locale) {
        if ("CY-TRNC".equals(code)) {
            return messages.getMessage("journey.country.CY-TRNC", null, locale);
        }
        if ("XK".equals(code)) {
            return messages.getMessage("journey.country.XK", null, locale);
        }
        return Locale.of("", code).getDisplayCountry(locale);
    }

    /** "Error: Your documents – Passage" when the page shows errors, so screen readers hear it first. */
    public String title(String key, boolean error, Locale locale) {
        String title = text(key, locale) + " – " + text("app.name", locale);
        return error ? text("checklist.error.title-prefix", locale) + " " + title : title;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The stripped single values of a form, ignoring fields sent twice beyond the first. */
    public static Map<String, String> values(MultiValueMap<String, String> form, List<String> names) {
        Map<String, String> values = new HashMap<>();
        for (String name : names) {
            String value = form.getFirst(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        return values;
    }

    /** The date typed in the three inputs of {@code name}, or null when it is not a date. */
    public static @Nullable LocalDate date(Map<String, String> values, String name) {
        return FieldParsers.date(values.get(name + Question.DAY), values.get(name + Question.MONTH),
                values.get(name + Question.YEAR));
    }

    public static List<String> dateInputs(String name) {
        return List.of(name + Question.DAY, name + Question.MONTH, name + Question.YEAR);
    }
}
