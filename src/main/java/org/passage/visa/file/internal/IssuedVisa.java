package org.passage.visa.file.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The national visa the consulate issued, as printed on the sticker: type D, the first and the last
 * day it is valid, how many entries it allows, and its annotations.
 */
record IssuedVisa(LocalDate validFrom, LocalDate validUntil, Entries entries, @Nullable String annotations) {

    /** A national (long-stay) visa is always of type D. */
    static final String TYPE = "D";
    static final int MAX_ANNOTATIONS = 500;

    /** How many times the visa lets its holder enter. */
    enum Entries {
        SINGLE, DOUBLE, MULTIPLE
    }

    IssuedVisa {
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a visa is valid until a day not before its first day");
        }
        annotations = annotations == null || annotations.isBlank() ? null : annotations.strip();
        if (annotations != null && annotations.length() > MAX_ANNOTATIONS) {
            throw new IllegalArgumentException("annotations are at most " + MAX_ANNOTATIONS + " characters");
        }
    }

    String type() {
        return TYPE;
    }
}
