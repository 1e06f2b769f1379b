package org.passage.audit;

import java.time.Instant;
import java.util.Map;

/** An event as the audit trail holds it: numbered in the order recorded, and stamped with its time. */
public record RecordedAuditEvent(long id, Instant at, AuditActor actor, String action, String subject, String reason,
        String rulebookVersion, Map<String, Object> details) {
}
