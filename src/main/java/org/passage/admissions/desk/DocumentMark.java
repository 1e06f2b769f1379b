package org.passage.admissions.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The registrar's latest mark on one required document of an application, with an optional note
 * and, for a missing or invalid document, the day by which a corrected one may be sent.
 */
public record DocumentMark(String document, Mark mark, @Nullable String note, @Nullable LocalDate correctBy,
        String markedBy, Instant markedAt) {

    /** What the registrar found, spelt as the directorate marks its checklist. */
    public enum Mark {
        RECEIVED, MISSING, NOT_VALID
    }

    public DocumentMark {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(mark, "mark");
        if (correctBy != null && mark == Mark.RECEIVED) {
            throw new IllegalArgumentException("a received document needs no correction");
        }
    }

    /** Whether the document keeps the file from being complete: marked missing or not valid. */
    public boolean notInOrder() {
        return mark != Mark.RECEIVED;
    }

    /** Whether a corrected document may still be sent on {@code today}: asked for, and the day not passed. */
    public boolean requestOpenOn(LocalDate today) {
        return correctBy != null && notInOrder() && !today.isAfter(correctBy);
    }

    /** Whether the mark says the same as another: a second click sends the same mark again. */
    public boolean sameAs(Mark otherMark, @Nullable String otherNote, @Nullable LocalDate otherCorrectBy) {
        return mark == otherMark && Objects.equals(note, otherNote) && Objects.equals(correctBy, otherCorrectBy);
    }
}
