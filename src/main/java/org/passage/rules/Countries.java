package org.passage.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Countries as the API contract writes them: ISO 3166-1 alpha-2 (with XK for Kosovo, which the JDK
 * lacks), and CY-TRNC for the Turkish Republic of Northern Cyprus, which has no ISO code.
 */
public final class Countries {

    private static final Set<String> CODES;

    static {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        codes.add("CY-TRNC");
        CODES = Set.copyOf(codes);
    }

    private Countries() {
    }

    /** Whether a code is a country of the contract. */
    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
