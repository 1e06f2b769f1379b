package org.passage.provinces;

import java.util.Locale;
import java.util.Objects;

import org.passage.calendar.LocalizedName;

/**
 * A province of Türkiye: its plate code and its name in Turkish, English and German.
 */
public record Province(ProvinceCode code, LocalizedName name) {

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /** The name in the language of {@code locale}. */
    public String name(Locale locale) {
        return name.in(locale);
    }
}
