package org.passage.rules.parameters;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/parameters}: every parameter with its periods, status and source, the proposals
 * waiting for a second administrator, and the form to propose a value for a period.
 *
 * <p>Administrators only: the security configuration requires the ADMIN role on {@code /admin/**}.
 */
@Controller
class ParameterAdminController {

    private final ParameterListing listing;
    private final ProposedValues values;
    private final ParameterAdministration administration;

    ParameterAdminController(ParameterListing listing, ProposedValues values, ParameterAdministration administration) {
        this.listing = listing;
        this.values = values;
        this.administration = administration;
    }

    @GetMapping("/admin/parameters")
    String page(Principal admin, CsrfToken csrf, Model model, Locale locale) {
        // The page is long: the forms' token must exist before the response starts to be sent.
        csrf.getToken();
        fill(model, admin, locale);
        return "rules/admin-parameters";
    }

    @PostMapping("/admin/parameters")
    String propose(Principal admin, HttpServletResponse response, CsrfToken csrf, Model model, Locale locale,
            @RequestParam(name = "parameter", required = false) String parameter,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "value", required = false) String value,
            @RequestParam(name = "publisher", required = false) String publisher,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "section", required = false) String section,
            @RequestParam(name = "url", required = false) String url,
            @RequestParam(name = "publishedOn", required = false) String publishedOn) {
        csrf.getToken();
        String[] key = parameter == null ? new String[0] : parameter.split("/", 2);
        try {
            administration.propose(new ParameterAdministration.Proposal(key.length == 2 ? key[0] : null,
                    key.length == 2 ? key[1] : null, from, to, value, publisher, title, section, url, publishedOn),
                    admin.getName());
            return "redirect:/admin/parameters?proposed";
        } catch (ParameterAdministration.RefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.messageKey());
        }
        fill(model, admin, locale);
        return "rules/admin-parameters";
    }

    @PostMapping("/admin/parameters/proposals/{id}/approve")
    String approve(@PathVariable("id") long id, Principal admin, HttpServletResponse response, CsrfToken csrf,
            Model model, Locale locale) {
        return decide(id, true, admin, response, csrf, model, locale);
    }

    @PostMapping("/admin/parameters/proposals/{id}/reject")
    String reject(@PathVariable("id") long id, Principal admin, HttpServletResponse response, CsrfToken csrf,
            Model model, Locale locale) {
        return decide(id, false, admin, response, csrf, model, locale);
    }

    private String decide(long id, boolean approve, Principal admin, HttpServletResponse response, CsrfToken csrf,
            Model model, Locale locale) {
        csrf.getToken();
        try {
            if (approve) {
                administration.approve(id, admin.getName());
            } else {
                administration.reject(id, admin.getName());
            }
            return "redirect:/admin/parameters?" + (approve ? "approved" : "rejected");
        } catch (ParameterAdministration.RefusedException e) {
            response.setStatus(e.messageKey().endsWith(".own") ? HttpStatus.FORBIDDEN.value()
                    : HttpStatus.CONFLICT.value());
            model.addAttribute("error", e.messageKey());
        }
        fill(model, admin, locale);
        return "rules/admin-parameters";
    }

    /** A proposal as the page shows it: the parameter by its title, the source as one line. */
    record ProposalView(long id, String parameterTitle, java.time.LocalDate from, java.time.LocalDate to, String value,
            String source, String state, String proposedBy, String decidedBy) {
    }

    private void fill(Model model, Principal admin, Locale locale) {
        var sections = listing.sections(locale);
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> parameterTitles = new LinkedHashMap<>();
        sections.forEach(s -> {
            titles.put(s.rulebook().id(), s.rulebook().title());
            s.parameters().forEach(p -> parameterTitles.put(p.rulebook() + "/" + p.name(), p.title()));
        });
        model.addAttribute("sections", sections);
        model.addAttribute("rulebookTitles", titles);
        model.addAttribute("parameters", sections.stream().flatMap(s -> s.parameters().stream()).toList());
        model.addAttribute("attention", listing.needingAttention(locale));
        model.addAttribute("proposals", values.latest(50).stream().map(v -> new ProposalView(v.id(),
                parameterTitles.getOrDefault(v.rulebook() + "/" + v.parameter(), v.parameter()), v.from(), v.to(),
                v.value(), v.publisher() + ": " + v.title() + ", " + v.section()
                        + (v.url() == null ? "" : ", " + v.url()) + " (" + v.publishedOn() + ")",
                v.state().name(), v.proposedBy(), v.decidedBy() == null ? "" : v.decidedBy())).toList());
        model.addAttribute("me", admin.getName());
    }
}
