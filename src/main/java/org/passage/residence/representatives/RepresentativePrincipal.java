package org.passage.residence.representatives;

import java.util.Objects;
import java.util.UUID;

/**
 * A verified representative authenticated by their API bearer token. It opens no application by
 * itself: {@link Mandates#access} decides on each call.
 */
public record RepresentativePrincipal(UUID id) {

    /** The authority a representative's token carries. */
    public static final String ROLE = "ROLE_REPRESENTATIVE";

    public RepresentativePrincipal {
        Objects.requireNonNull(id, "id");
    }
}
