package org.passage.admissions.desk;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change of an application: who, when, what and why, the cited ground of a
 * decision or closure, the rulebook version the file was judged by, and for a request about one
 * document (a corrected document by a date) the document and the date.
 */
public record AdmissionTransition(Instant at, AdmissionActor actor, String action, AdmissionState from,
        AdmissionState to, String reason, String ground, String rulebookVersion, @Nullable String document,
        @Nullable LocalDate dueOn) {

    public AdmissionTransition(Instant at, AdmissionActor actor, String action, AdmissionState from,
            AdmissionState to, String reason, String ground, String rulebookVersion) {
        this(at, actor, action, from, to, reason, ground, rulebookVersion, null, null);
    }
}
