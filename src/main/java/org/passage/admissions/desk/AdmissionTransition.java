package org.passage.admissions.desk;

import java.time.Instant;

/**
 * One recorded change of an application: who, when, what and why, the cited ground of a
 * decision or closure, and the rulebook version the file was judged by.
 */
public record AdmissionTransition(Instant at, AdmissionActor actor, String action, AdmissionState from,
        AdmissionState to, String reason, String ground, String rulebookVersion) {
}
