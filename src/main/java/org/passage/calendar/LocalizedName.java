package org.passage.calendar;

import java.util.Locale;

/**
 * A name in Turkish, English and German, none of them blank.
 */
public record LocalizedName(String tr, String en, String de) {

    public LocalizedName {
        requireText(tr, "tr");
        requireText(en, "en");
        requireText(de, "de");
    }

    /**
     * The name in the language of {@code locale}, English for any language other than Turkish and German.
     */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "tr" -> tr;
            case "de" -> de;
            default -> en;
        };
    }

    private static void requireText(String text, String language) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("name in '" + language + "' must not be blank");
        }
    }
}
