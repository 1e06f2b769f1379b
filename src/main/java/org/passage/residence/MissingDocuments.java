package org.passage.residence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An officer's request for missing documents ("Eksik Belge"): the checklist items still needed, the
 * last day to send them, and a note to the applicant.
 *
 * @param items codes of the application's frozen checklist
 * @param dueDate the last day (counted in business days when asked)
 * @param note what the officer tells the applicant, or {@code null}
 * @param completedAt when the applicant said the documents are uploaded, or {@code null}
 */
public record MissingDocuments(List<String> items, LocalDate dueDate, String note, Instant requestedAt,
        Actor requestedBy, Instant completedAt) {

    public MissingDocuments {
        items = List.copyOf(items);
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }

    /** Whether the request is still open on {@code today}, i.e. neither completed nor past its due date. */
    public boolean openOn(LocalDate today) {
        return completedAt == null && !today.isAfter(dueDate);
    }
}
