package org.passage.residence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.forms.FormFields;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Applications.OwnApplication;
import org.passage.rules.LocalizedText;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in applicant's applications: every application made with the passport of the one they
 * signed in for (a first application, its extension, a transfer), each of which they may open with
 * its pages (payments, receipt, decision letter). Another passport's applications stay out of reach.
 */
@Controller
class MyApplicationsController {

    static final String PATH = ApplicationController.BASE + "/all";

    /** One row of the list. */
    record Row(String value, String number, String kind, String permit, String state, boolean current) {
    }

    private final ApplicationJourney journey;
    private final ApplicantSessions sessions;
    private final ResidencePermitAssessments assessments;
    private final FormFields forms;

    MyApplicationsController(ApplicationJourney journey, ApplicantSessions sessions,
            ResidencePermitAssessments assessments, FormFields forms) {
        this.journey = journey;
        this.sessions = sessions;
        this.assessments = assessments;
        this.forms = forms;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model, Locale locale) {
        ApplicationNumber current = applicant.applicationNumber();
        List<Row> rows = journey.applicationsOfTheSamePassport(current).stream()
                .map(a -> new Row(a.number().value(), a.number().formatted(), title("applicationKind",
                        a.applicationKind(), locale), title("permitType", a.permitType(), locale),
                        forms.text("journey.state." + a.state(), locale), a.number().equals(current)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("pageTitle", forms.title("journey.mine.title", false, locale));
        return "residence/application/mine";
    }

    /** Opens another application of the same passport: the session is signed in for it from now on. */
    @PostMapping(ApplicationController.BASE + "/open")
    String open(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(required = false) String number, HttpServletRequest request,
            HttpServletResponse response) {
        ApplicationNumber chosen = number == null ? null : ApplicationNumber.parseOrNull(number);
        boolean own = chosen != null && journey.applicationsOfTheSamePassport(applicant.applicationNumber())
                .stream().map(OwnApplication::number).anyMatch(chosen::equals);
        if (!own) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        sessions.signIn(chosen, request, response);
        return "redirect:" + ApplicationController.BASE;
    }

    private String title(String group, String code, Locale locale) {
        if (code == null) {
            return "–";
        }
        Map<String, LocalizedText> titles = assessments.rulebook().vocabulary().get(group);
        return titles != null && titles.containsKey(code) ? titles.get(code).in(locale) : "–";
    }
}
