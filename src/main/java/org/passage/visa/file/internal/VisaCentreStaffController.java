package org.passage.visa.file.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator binds each account of the application centre's staff to the centres it works
 * at; a binding holds from the account's next request. Each change is audited.
 */
@Controller
class VisaCentreStaffController {

    static final String PAGE = "/admin/visa/centres";

    /** An account of the centre's staff and the centres it is bound to. */
    record Account(String username, String fullName, Set<String> centres) {
    }

    private final VisaCentreStaff centreStaff;
    private final VisaCentres centres;
    private final AuditTrail audit;

    VisaCentreStaffController(VisaCentreStaff centreStaff, VisaCentres centres, AuditTrail audit) {
        this.centreStaff = centreStaff;
        this.centres = centres;
        this.audit = audit;
    }

    @ModelAttribute
    void csrf(CsrfToken csrf) {
        csrf.getToken();
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("centres", centres.all());
        model.addAttribute("accounts", centreStaff.accounts().stream().map(a -> new Account(a.username(),
                a.fullName(), centreStaff.of(a.username()).centres())).toList());
        return "visa/file/centre-staff";
    }

    @PostMapping(PAGE + "/{username:[A-Za-z0-9._@-]{1,50}}")
    @Transactional
    String bind(@PathVariable String username, @RequestParam(required = false) List<String> centre,
            @AuthenticationPrincipal StaffPrincipal admin) {
        if (centreStaff.accounts().stream().noneMatch(a -> a.username().equals(username))) {
            throw new VisaFileNotFoundException();
        }
        List<String> bound = new ArrayList<>();
        for (String code : centre == null ? List.<String>of() : centre) {
            if (centres.find(code).isEmpty()) {
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, "no such centre");
            }
            if (!bound.contains(code)) {
                bound.add(code);
            }
        }
        centreStaff.bind(username, bound);
        audit.record(AuditEvent.of(AuditActor.staff(admin.username()), "VISA_CENTRE_STAFF_BOUND",
                "staff:" + username).withReason(bound.isEmpty() ? "every centre" : String.join(",", bound)));
        return "redirect:" + PAGE;
    }
}
