package org.passage.residence.representatives.internal;

import java.time.Clock;
import java.util.UUID;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of representatives awaiting verification (their address proven by a
 * one-time code), each with a verify button. Administrators only: the security configuration
 * requires the ADMIN role on {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/representatives")
class RepresentativesAdminController {

    private final RepresentativeAccounts accounts;
    private final Clock clock;

    RepresentativesAdminController(RepresentativeAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("representatives", accounts.unverified());
        model.addAttribute("zone", clock.getZone());
        return "residence/representatives/admin";
    }

    @PostMapping("/{id}/verify")
    String verify(Principal admin, @PathVariable String id,
            RedirectAttributes redirect) {
        UUID representative;
        try {
            representative = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            representative = null;
        }
        boolean verified = representative != null && accounts.verify(representative, admin.getName());
        redirect.addFlashAttribute("message", verified ? "representatives.admin.verified"
                : "representatives.admin.not-found");
        return "redirect:/admin/representatives";
    }
}
