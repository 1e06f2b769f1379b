package org.passage.notifications;

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

    private final DevMailbox mailbox;
    private final Channels channels;

    DevMailboxController(DevMailbox mailbox, Channels channels) {
        this.mailbox = mailbox;
        this.channels = channels;
    }

    @GetMapping(PATH)
    String mailbox(Model model) {
        if (!mailbox.active()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("messages", mailbox.newest(SHOWN));
        model.addAttribute("smtpConfigured", channels.smtpConfigured());
        return "notifications/dev-mailbox";
    }
}
