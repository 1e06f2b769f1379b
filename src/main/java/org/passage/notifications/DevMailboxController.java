package org.passage.notifications;

import java.security.Principal;

import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development mailbox page, for administrators only (the staff security chain requires ADMIN
 * under {@code /admin/**}), and only while the dev mailbox is active.
 */
@Controller
class DevMailboxController {

    static final String PATH = "/admin/dev-mailbox";
    private static final int SHOWN = 100;

    /** The audit action of a look into the mailbox, which shows applicants' one-time codes. */
    static final String VIEWED = "DEV_MAILBOX_VIEWED";

    private final DevMailbox mailbox;
    private final Channels channels;
    private final AuditTrail audit;

    DevMailboxController(DevMailbox mailbox, Channels channels, AuditTrail audit) {
        this.mailbox = mailbox;
        this.channels = channels;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String mailbox(Model model, Principal viewer) {
        if (!mailbox.active()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var messages = mailbox.newest(SHOWN);
        // The mailbox holds every code sent: whoever reads it could sign in as an applicant.
        audit.record(AuditEvent.of(AuditActor.staff(viewer.getName()), VIEWED, "dev-mailbox")
                .with("messages", messages.size()));
        model.addAttribute("messages", messages);
        model.addAttribute("smtpConfigured", channels.smtpConfigured());
        return "notifications/dev-mailbox";
    }
}
