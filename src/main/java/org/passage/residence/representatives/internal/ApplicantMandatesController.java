package org.passage.residence.representatives.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.representatives.RepresentativeActions;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in applicant's page of their application's mandates: each with its representative,
 * scopes, end date and state; a requested one is confirmed here with the code from the e-mail, and
 * any in force is revoked with one button, at once. Another application's mandates are 404.
 */
@Controller
class ApplicantMandatesController {

    static final String PATH = "/residence/application/mandates";

    /** One row of the page. */
    record Row(String id, String representative, String scopes, String endsOn, String state, boolean confirmable,
            boolean revocable) {
    }

    private final MandateRequests mandates;
    private final RepresentativeActions actions;
    private final MessageSource messages;

    ApplicantMandatesController(MandateRequests mandates, RepresentativeActions actions, MessageSource messages) {
        this.mandates = mandates;
        this.actions = actions;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model, Locale locale) {
        List<Row> rows = mandates.ofApplication(applicant.applicationNumber()).stream().map(m -> {
            MandateRequests.State state = m.state(mandates.today());
            return new Row(m.id().toString(), actions.describe(m.representative(), locale),
                    m.scopes().stream().map(s -> messages.getMessage("representatives.scope." + s, null, locale))
                            .collect(Collectors.joining(", ")),
                    m.endsOn().toString(), messages.getMessage("representatives.state." + state, null, locale),
                    state == MandateRequests.State.REQUESTED,
                    state == MandateRequests.State.REQUESTED || state == MandateRequests.State.LIVE);
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("number", applicant.applicationNumber().formatted());
        return "residence/representatives/mandates";
    }

    @PostMapping(PATH + "/{id}/confirm")
    String confirm(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String id,
            @RequestParam(required = false) String code, RedirectAttributes redirect) {
        UUID mandate = own(applicant, id);
        boolean confirmed = code != null && mandates.confirm(mandate, code);
        redirect.addFlashAttribute("message", confirmed ? "representatives.mandate-confirmed"
                : "representatives.problem.mandate-code-refused");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String id,
            RedirectAttributes redirect) {
        UUID mandate = own(applicant, id);
        boolean revoked = mandates.revoke(applicant.applicationNumber(), mandate);
        redirect.addFlashAttribute("message", revoked ? "representatives.page.revoked"
                : "representatives.problem.mandate-not-found");
        return "redirect:" + PATH;
    }

    /** The mandate {@code id} when it is of the applicant's application; 404 otherwise. */
    private UUID own(ApplicantPrincipal applicant, String id) {
        UUID mandate;
        try {
            mandate = id != null && id.length() == 36 ? UUID.fromString(id) : null;
        } catch (IllegalArgumentException e) {
            mandate = null;
        }
        if (mandate == null || mandates.find(mandate).filter(m -> applicant.owns(m.number())).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return mandate;
    }
}
