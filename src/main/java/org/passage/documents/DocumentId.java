package org.passage.documents;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a stored document: a random UUID, which is also its name in the store; JSON shows the UUID alone. */
public record DocumentId(@JsonValue UUID value) {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, unguessable id. */
    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    /**
     * Reads an id in the canonical 36-character form; anything else is refused (UUID.fromString
     * alone accepts short forms such as {@code 1-1-1-1-1}).
     */
    public static DocumentId parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("Not a document id");
        }
        return new DocumentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
