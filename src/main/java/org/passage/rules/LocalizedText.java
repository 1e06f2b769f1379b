package org.passage.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** A text in the product's three languages: Turkish, English and German. */
public record LocalizedText(String tr, String en, String de) {

    public LocalizedText {
        Objects.requireNonNull(tr, "tr");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(de, "de");
    }

    /** The text in the given locale's language, English for any other language. */
    public String in(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "tr" -> tr;
            case "de" -> de;
            default -> en;
        };
    }

    LocalizedText map(UnaryOperator<String> f) {
        return new LocalizedText(f.apply(tr), f.apply(en), f.apply(de));
    }
}
