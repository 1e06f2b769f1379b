package org.passage.calendar;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Looks up holiday names in the {@code holidays_tr/_en/_de} bundles beside this class.
 */
final class HolidayNames {

    static final String BUNDLE = "org.passage.calendar.holidays";

    // No fallback: a key missing in one language must fail instead of borrowing the JVM's default locale.
    private static final ResourceBundle.Control EXACT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle tr = bundle("tr");
    private final ResourceBundle en = bundle("en");
    private final ResourceBundle de = bundle("de");

    LocalizedName of(String key) {
        return new LocalizedName(tr.getString(key), en.getString(key), de.getString(key));
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.of(language), EXACT_LOCALE);
    }
}
