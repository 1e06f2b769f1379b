package org.passage.staff;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.passage.audit.AuditTrail;
import org.passage.audit.RecordedAuditEvent;
import org.passage.residence.ApplicationNumber;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    AuditPageController(AuditTrail audit, Clock clock, MessageSource messages) {
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(name = "subject", required = false) String subject, Model model, Locale locale) {
        String wanted = subject == null || subject.isBlank() ? null : subject.strip();
        // Application numbers are recorded without the dashes they are shown with.
        ApplicationNumber number = ApplicationNumber.parseOrNull(wanted);
        if (number != null) {
            wanted = number.value();
        }
        List<RecordedAuditEvent> events = wanted == null ? audit.latest(SHOWN) : audit.bySubject(wanted, SHOWN);
        model.addAttribute("subject", wanted);
        model.addAttribute("events", events.stream().map(e -> row(e, locale)).toList());
        return "staff/admin/audit";
    }

    /** Kinds and actions by their titles; an action without one (a module's new code) shows as recorded. */
    private Row row(RecordedAuditEvent event, Locale locale) {
        return new Row(TIME.format(event.at().atZone(clock.getZone())),
                messages.getMessage("staff.audit.actor." + event.actor().kind().name(), null, locale),
                event.actor().id(), messages.getMessage("staff.audit.action." + event.action(), null, event.action(),
                        locale), event.subject(), event.reason(), event.rulebookVersion(),
                event.details().isEmpty() ? null : event.details().toString());
    }

    /** One line of the table, times in Türkiye. */
    record Row(String at, String actorKind, String actorId, String action, String subject, String reason,
            String rulebookVersion, String details) {
    }
}
