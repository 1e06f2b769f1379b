package org.passage.admissions.candidate.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate's file for one intake: the eligibility answers as typed (JSON of the eligibility
 * form), whether a language certificate is declared, the language to write to them in, and when it
 * was submitted (null while a draft).
 */
record CandidateFile(UUID id, String email, String university, String intake, String answers,
        boolean languageCertificate, String language, Instant submittedAt, Instant createdAt) {

    boolean submitted() {
        return submittedAt != null;
    }
}
