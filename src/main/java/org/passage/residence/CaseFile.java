package org.passage.residence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.passage.provinces.ProvinceCode;
import org.passage.rules.LocalizedText;

/**
 * Everything an officer reviews of one application: who and what (the summary with the frozen
 * checklist), the appointment, the rulebook's findings with their citations, the uploaded documents,
 * the requests for missing documents, the decision and the recorded history.
 *
 * @param validityLimit the longest a permit starting today may run, {@code null} for an indefinite permit
 * @param standardValidUntil what the applicant asked for within that limit; ending earlier is a shortening
 */
public record CaseFile(ApplicationSummary summary, LocalDate appointmentDate, ProvinceCode appointmentProvince,
        List<Finding> findings, List<Document> documents, List<MissingDocuments> missingDocumentRequests,
        Decision decision, List<Event> history, LocalDate validityLimit, LocalDate standardValidUntil) {

    public CaseFile {
        findings = List.copyOf(findings);
        documents = List.copyOf(documents);
        missingDocumentRequests = List.copyOf(missingDocumentRequests);
        history = List.copyOf(history);
    }

    /** A finding of the assessment frozen at submission. */
    public record Finding(String code, String severity, LocalizedText message, String citationSource,
            String citationSection, org.passage.rules.SourceDocument citationDocument) {

        /** The source in the reader's language where the finding keeps its document, else as frozen. */
        public String citationSourceIn(java.util.Locale locale) {
            return citationDocument == null ? citationSource : citationDocument.describe(locale);
        }
    }

    /** A document the applicant uploaded for a checklist item; the file is kept by module documents. */
    public record Document(String itemCode, UUID documentId, String fileName, String mediaType, long size,
            Instant uploadedAt) {
    }

    /** One recorded change: who, when, what and why, with the rulebook version in use. */
    public record Event(Instant at, Actor actor, String action, ApplicationState from, ApplicationState to,
            String reason, String rulebookVersion) {
    }
}
