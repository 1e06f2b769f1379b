package org.passage.staff;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.passage.audit.AuditTrail;
import org.passage.audit.RecordedAuditEvent;
import org.passage.residence.ApplicationNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' view of the audit trail: the latest events, or those of one subject. */
@Controller
class AuditPageController {

    static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditTrail audit;
    private final Clock clock;

    AuditPageController(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(name = "subject", required = false) String subject, Model model) {
        String wanted = subject == null || subject.isBlank() ? null : subject.strip();
        // Application numbers are recorded without the dashes they are shown with.
        ApplicationNumber number = ApplicationNumber.parseOrNull(wanted);
        if (number != null) {
            wanted = number.value();
        }
        List<RecordedAuditEvent> events = wanted == null ? audit.latest(SHOWN) : audit.bySubject(wanted, SHOWN);
        model.addAttribute("subject", wanted);
        model.addAttribute("events", events.stream().map(this::row).toList());
        return "staff/admin/audit";
    }

    private Row row(RecordedAuditEvent event) {
        return new Row(TIME.format(event.at().atZone(clock.getZone())), event.actor().kind().name(),
                event.actor().id(), event.action(), event.subject(), event.reason(), event.rulebookVersion(),
                event.details().isEmpty() ? null : event.details().toString());
    }

    /** One line of the table, times in Türkiye. */
    record Row(String at, String actorKind, String actorId, String action, String subject, String reason,
            String rulebookVersion, String details) {
    }
}
