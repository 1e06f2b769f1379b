package org.passage.residence.web;

import org.passage.forms.FormFields;
import org.passage.calendar.TurkiyeTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.application.ApplicationStatuses.Status;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts an application's status into the model of the status page and the applicant's overview. */
@Component
class StatusViews {

    private final FormFields forms;
    private final ResidencePermitAssessments assessments;

    StatusViews(FormFields forms, ResidencePermitAssessments assessments) {
        this.forms = forms;
        this.assessments = assessments;
    }

    void model(Status status, Model model, Locale locale) {
        model.addAttribute("number", status.number().formatted());
        model.addAttribute("state", status.state().name());
        model.addAttribute("stateLabel", forms.text("journey.state." + status.state(), locale));
        model.addAttribute("stateText", forms.text("journey.state." + status.state() + ".text", locale));
        model.addAttribute("permit", status.permitType() == null ? null
                : assessments.rulebook().vocabulary().get("permitType").get(status.permitType()).in(locale));
        model.addAttribute("submittedAt", status.submittedAt() == null ? null
                : status.submittedAt().atZone(TurkiyeTime.ZONE).toLocalDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        model.addAttribute("sections", status.sections());
        model.addAttribute("pageTitle", forms.title("journey.status.title", false, locale));
    }

}
