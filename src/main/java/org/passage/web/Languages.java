package org.passage.web;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The languages Passage speaks; English is the default and the fallback. */
final class Languages {

    static final List<String> SUPPORTED = List.of("tr", "en", "de");
    static final Locale DEFAULT = Locale.ENGLISH;

    private Languages() {
    }

    static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language.toLowerCase(Locale.ROOT));
    }

    /** The first supported language of the Accept-Language header, else English. */
    static Locale fromAcceptLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return DEFAULT;
        }
        Enumeration<Locale> wanted = request.getLocales();
        while (wanted.hasMoreElements()) {
            Locale locale = wanted.nextElement();
            if (isSupported(locale.getLanguage())) {
                return Locale.of(locale.getLanguage());
            }
        }
        return DEFAULT;
    }
}
