package org.passage.residence.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.passage.residence.ChecklistItem;

/**
 * What is frozen when an application is submitted: the permit asked for, the validity the rules
 * allowed, the rulebook version and the assessment (checklist, findings, deadlines) as it was then.
 * Later rule changes do not alter it.
 */
public record Submission(Instant submittedAt, LocalDate applicationDate, String permitType, Integer requestedMonths,
        Integer maxValidityMonths, LocalDate validUntil, String rulebookVersion, FrozenAssessment assessment) {

    /** The assessment as frozen, in all three languages. */
    public record FrozenAssessment(String rulebookId, String rulebookVersion, LocalDate effectiveOn,
            List<FrozenFinding> findings, List<ChecklistItem> checklist, List<FrozenDeadline> deadlines) {
    }

    /** A finding as frozen; {@code citationDocument} is {@code null} on findings frozen before it was kept. */
    public record FrozenFinding(String code, String severity, org.passage.rules.LocalizedText message,
            String citationSource, String citationSection, org.passage.rules.SourceDocument citationDocument) {
    }

    public record FrozenDeadline(String code, LocalDate dueDate, org.passage.rules.LocalizedText title) {
    }
}
