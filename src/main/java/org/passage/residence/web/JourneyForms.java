package org.passage.residence.web;

import java.text.Collator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.residence.web.Field.Option;
import org.passage.rules.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Builds the journey's form fields with their texts in the page's language (keys
 * {@code journey.q.<name>.label} and optional {@code .hint}) and reads typed dates.
 */
@Component
class JourneyForms {

    private final MessageSource messages;

    JourneyForms(MessageSource messages) {
        this.messages = messages;
    }

    Field text(String name, Map<String, String> values, Map<String, String> errors, String autocomplete,
            Locale locale) {
        return field(name, "TEXT", values, errors, List.of(), autocomplete, "20", locale);
    }

    Field field(String name, String kind, Map<String, String> values, Map<String, String> errors,
            List<Option> options, String autocomplete, String width, Locale locale) {
        String key = "journey.q." + name;
        return new Field(name, kind, messages.getMessage(key + ".label", null, locale),
                messages.getMessage(key + ".hint", null, null, locale),
                errors.containsKey(name) ? messages.getMessage(errors.get(name), null, locale) : null,
                values.get(name), values.get(name + "-day"), values.get(name + "-month"), values.get(name + "-year"),
                options, autocomplete, width);
    }

    Field date(String name, Map<String, String> values, Map<String, String> errors, String autocomplete,
            Locale locale) {
        return field(name, "DATE", values, errors, List.of(), autocomplete, null, locale);
    }

    /** Options of a select or radios; the one equal to {@code current} is checked. */
    static List<Option> options(String name, Map<String, String> labels, String current) {
        List<Option> options = new ArrayList<>();
        labels.forEach((value, label) -> options.add(new Option(
                options.isEmpty() ? name : name + "-" + (options.size() + 1), value, label, value.equals(current))));
        return options;
    }

    /** Every country the rules know, by its name in the page's language, with CY-TRNC named. */
    Map<String, String> countries(Locale locale) {
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.add("XK");
        codes.add("CY-TRNC");
        Collator collator = Collator.getInstance(locale);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        codes.stream().filter(Countries::isKnown)
                .map(code -> Map.entry(code, countryName(code, locale)))
                .sorted(Comparator.comparing(Map.Entry::getValue, collator))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    String countryName(String code, Locale locale) {
        if ("CY-TRNC".equals(code)) {
            return messages.getMessage("journey.country.CY-TRNC", null, locale);
        }
        if ("XK".equals(code)) {
            return messages.getMessage("journey.country.XK", null, locale);
        }
        return Locale.of("", code).getDisplayCountry(locale);
    }

    /** "Error: Your documents – Passage" when the page shows errors, so screen readers hear it first. */
    String title(String key, boolean error, Locale locale) {
        String title = text(key, locale) + " – " + text("app.name", locale);
        return error ? text("checklist.error.title-prefix", locale) + " " + title : title;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The stripped single values of a form, ignoring fields sent twice beyond the first. */
    static Map<String, String> values(MultiValueMap<String, String> form, List<String> names) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String name : names) {
            String value = form.getFirst(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        return values;
    }

    /** The date typed in the three inputs of {@code name}, or null when it is not a date. */
    static LocalDate date(Map<String, String> values, String name) {
        try {
            String year = values.get(name + "-year");
            if (year == null || year.length() != 4) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(values.get(name + "-month")),
                    Integer.parseInt(values.get(name + "-day")));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return null;
        }
    }

    static List<String> dateInputs(String name) {
        return List.of(name + "-day", name + "-month", name + "-year");
    }
}
