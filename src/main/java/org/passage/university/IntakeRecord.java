package org.passage.university;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.passage.residence.ApplicationNumber;

/**
 * What the international office recorded of a student's step-8 documents.
 *
 * @param receivedItems codes of the checklist items handed in at the office; the others are missing
 * @param forwardedOn when the office forwarded the file to the directorate, {@code null} until then
 */
public record IntakeRecord(ApplicationNumber number, Set<String> receivedItems, String note, LocalDate forwardedOn,
        Instant updatedAt, String updatedBy) {

    public IntakeRecord {
        receivedItems = Set.copyOf(receivedItems);
    }

    /** Whether the item was handed in at the office. */
    public boolean received(String item) {
        return receivedItems.contains(item);
    }
}
