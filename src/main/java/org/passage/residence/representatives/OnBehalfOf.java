package org.passage.residence.representatives;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.residence.ApplicationNumber;

/**
 * A call a representative makes for an application under a live mandate (the scope it needs, none for reading): the authentication's
 * details while the call runs as the applicant, so that what it does is recorded "on behalf of".
 */
public record OnBehalfOf(UUID representative, UUID mandate, ApplicationNumber number, @Nullable MandateScope scope) {

    public OnBehalfOf {
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(mandate, "mandate");
        Objects.requireNonNull(number, "number");
    }
}
