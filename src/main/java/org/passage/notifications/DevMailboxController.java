package org.passage.notifications;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development mailbox page. Until staff accounts exist it answers only requests from this machine
 * (behind a proxy, the client address the proxy reports), and only when the dev mailbox is active.
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
    String mailbox(HttpServletRequest request, Model model) {
        if (!mailbox.active()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!isLoopback(request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("messages", mailbox.newest(SHOWN));
        model.addAttribute("smtpConfigured", channels.smtpConfigured());
        return "notifications/dev-mailbox";
    }

    static boolean isLoopback(String remoteAddress) {
        // The container gives an IP literal, so this looks nothing up; anything else is not loopback.
        if (remoteAddress == null || !remoteAddress.matches("[0-9a-fA-F.:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
