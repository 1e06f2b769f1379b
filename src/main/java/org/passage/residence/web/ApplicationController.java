package org.passage.residence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.forms.FormFields;
import org.passage.forms.AnswerRow;
import org.passage.forms.Answers;
import org.passage.forms.ErrorLink;
import org.passage.forms.Field;
import org.passage.provinces.Provinces;
import org.passage.residence.Actor;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.ResidencePermitRequest;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.ApplicationStatuses;
import org.passage.residence.application.ResidenceApplication;
import org.passage.residence.application.SubmissionBlockedException;
import org.passage.rules.Citation;
import org.passage.rules.Severity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in applicant's application: the form (the checklist wizard's questions for the
 * chosen permit, then address, who applies and, for students, the university), saved as a draft
 * after every page; checking the answers; submitting. Only the application of the session's
 * {@link ApplicantPrincipal} is ever read or changed here.
 */
@Controller
@RequestMapping(ApplicationController.BASE)
class ApplicationController {

    static final String BASE = "/residence/application";
    static final String FORM = BASE + "/form";
    static final String ADDRESS = "address";
    static final String ROLE = "role";
    static final String UNIVERSITY = "university";
    static final List<String> EXTRA_FIELDS = List.of("addressProvince", "addressDistrict", "addressLine",
            "applicantRole", "representativeName", "university");

    private final ApplicationJourney journey;
    private final ChecklistPages pages;
    private final FormFields forms;
    private final Provinces provinces;
    private final ResidencePermitAssessments assessments;
    private final ApplicationStatuses statuses;
    private final StatusViews views;
    private final ApplicationChecklists checklists;
    private final ApplicationForms applicationForms;
    private final Clock clock;

    ApplicationController(ApplicationJourney journey, ChecklistPages pages, FormFields forms, Provinces provinces,
            ResidencePermitAssessments assessments, ApplicationStatuses statuses, StatusViews views, ApplicationChecklists checklists,
            ApplicationForms applicationForms, Clock clock) {
        this.applicationForms = applicationForms;
        this.checklists = checklists;
        this.statuses = statuses;
        this.views = views;
        this.journey = journey;
        this.pages = pages;
        this.forms = forms;
        this.provinces = provinces;
        this.assessments = assessments;
        this.clock = clock;
    }

    /**
     * Loads the form token at the start of every page: the check page is long enough for the response
     * to be committed before its form, and a token made that late could no longer be kept in the session.
     */
    @org.springframework.web.bind.annotation.ModelAttribute
    void loadFormToken(org.springframework.security.web.csrf.CsrfToken token) {
        if (token != null) {
            token.getToken();
        }
    }

    /** The application's page: its number, state and what to do next. */
    @GetMapping
    String overview(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(name = "new", required = false) String isNew,
            @RequestParam(name = "completed", required = false) String completed, Model model, Locale locale) {
        ResidenceApplication application = journey.load(applicant.applicationNumber());
        views.model(statuses.find(application.number(), locale).orElseThrow(), model, locale);
        model.addAttribute("isNew", isNew != null);
        model.addAttribute("completed", completed != null && application.state() == ApplicationState.UNDER_REVIEW);
        model.addAttribute("approved", application.state() == ApplicationState.APPROVED);
        model.addAttribute("draft", application.state() == ApplicationState.DRAFT);
        model.addAttribute("next", application.state() == ApplicationState.DRAFT ? next(application) : null);
        model.addAttribute("student", "STUDENT".equals(permitType(application)));
        model.addAttribute("university", application.university());
        model.addAttribute("sharing", application.sharesWithUniversity());
        model.addAttribute("consentCanBeGiven", !application.state().isFinal());
        model.addAttribute("documentStates", checklists.states(application, locale));
        model.addAttribute("severalApplications",
                journey.applicationsOfTheSamePassport(application.number()).size() > 1);
        model.addAttribute("pageTitle", forms.title("journey.overview.title", false, locale));
        return "residence/application/overview";
    }

    @GetMapping("/form")
    String continueForm(@AuthenticationPrincipal ApplicantPrincipal applicant) {
        return "redirect:" + next(draft(applicant));
    }

    @GetMapping("/form/{slug:[a-z-]+}")
    String step(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String slug, Model model,
            Locale locale) {
        ResidenceApplication application = draft(applicant);
        Answers answers = answers(application);
        Optional<Step> step = rulebookStep(slug, answers);
        if (step.isPresent()) {
            pages.step(model, step.get(), answers, Map.of(), today(), locale, FORM, Step.APPLICATION, BASE);
            return "residence/checklist/step";
        }
        if (extraStepApplies(slug, answers)) {
            return extraPage(slug, answers.asMap(), Map.of(), model, locale);
        }
        return "redirect:" + next(application);
    }

    @PostMapping("/form/{slug:[a-z-]+}")
    String answer(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String slug,
            @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        ResidenceApplication application = draft(applicant);
        if (!applicationForms.applies(application, slug)) {
            return "redirect:" + next(application);
        }
        ApplicationForms.Read read = applicationForms.read(application, slug, form, locale);
        if (!read.stepProblems().isEmpty()) {
            pages.step(model, read.step().orElseThrow(), read.answers(), read.stepProblems(), today(), locale, FORM,
                    Step.APPLICATION, BASE);
            return "residence/checklist/step";
        }
        if (!read.extraProblems().isEmpty()) {
            return extraPage(slug, new LinkedHashMap<>(read.answers().asMap()), read.extraProblems(), model, locale);
        }
        applicationForms.save(application, slug, read.answers(), form);
        return "redirect:" + next(journey.load(application.number()));
    }

    /** Withdraws (or gives again) the consent to share the application's status with the university. */
    @PostMapping("/consent")
    String consent(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(required = false) String share) {
        ResidenceApplication application = journey.load(applicant.applicationNumber());
        if (application.state().isFinal() && "YES".equals(share)) {
            // After the decision a consent can only be withdrawn; a stale page offering to give it goes back.
            return "redirect:" + BASE;
        }
        journey.shareWithUniversity(application.number(), application.university(), "YES".equals(share));
        return "redirect:" + BASE;
    }

    @GetMapping("/check")
    String check(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model, Locale locale) {
        ResidenceApplication application = draft(applicant);
        if (!isComplete(application)) {
            return "redirect:" + next(application);
        }
        return checkPage(application, List.of(), model, locale);
    }

    @PostMapping("/submit")
    String submit(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(name = "withoutDocuments", required = false) String withoutDocuments, Model model,
            Locale locale) {
        ResidenceApplication application = journey.load(applicant.applicationNumber());
        if (application.state() != ApplicationState.DRAFT) {
            // A second send of the form (a double click, a reload): the first one submitted it.
            return "redirect:" + BASE + "/submitted";
        }
        if (!isComplete(application)) {
            return "redirect:" + next(application);
        }
        if (!"YES".equals(withoutDocuments) && !checklists.withoutUpload(application, locale).isEmpty()) {
            model.addAttribute("confirmError", forms.text("journey.check.without-documents.required", locale));
            return checkPage(application, List.of(), model, locale);
        }
        try {
            journey.submit(application.number(), request(application), Actor.applicant(application.number()));
        } catch (org.springframework.dao.OptimisticLockingFailureException
                | org.passage.residence.ApplicationStateException e) {
            // Two sends at once: the other one changed the application first. Show its result when it submitted.
            if (journey.load(application.number()).state() == ApplicationState.DRAFT) {
                throw e;
            }
            return "redirect:" + BASE + "/submitted";
        } catch (SubmissionBlockedException e) {
            List<ErrorLink> reasons = e.assessment().findings().stream()
                    .filter(f -> f.severity() == Severity.BLOCKING)
                    .map(f -> new ErrorLink("#finding-" + f.code(), f.message().in(locale) + " ("
                            + citation(f.citation(), locale) + ")"))
                    .toList();
            return checkPage(application, reasons, model, locale);
        }
        return "redirect:" + BASE + "/submitted";
    }

    @GetMapping("/submitted")
    String submitted(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model, Locale locale) {
        ResidenceApplication application = journey.load(applicant.applicationNumber());
        if (application.state() == ApplicationState.DRAFT) {
            return "redirect:" + BASE;
        }
        model.addAttribute("number", application.number().formatted());
        model.addAttribute("email", application.contact().email());
        model.addAttribute("pageTitle", forms.title("journey.submitted.title", false, locale));
        return "residence/application/submitted";
    }

    private String checkPage(ResidenceApplication application, List<ErrorLink> blocking, Model model,
            Locale locale) {
        Answers answers = answers(application);
        pages.check(model, answers, Map.of(), today(), locale, FORM, Step.APPLICATION);
        List<AnswerRow> extra = new ArrayList<>();
        extra.add(new AnswerRow(forms.text("journey.q.addressProvince.label", locale),
                provinces.find(answers.get("addressProvince")).map(p -> p.name(locale)).orElse(""),
                FORM + "/" + ADDRESS));
        extra.add(new AnswerRow(forms.text("journey.q.addressLine.label", locale),
                answers.get("addressLine") + ", " + answers.get("addressDistrict"), FORM + "/" + ADDRESS));
        extra.add(new AnswerRow(forms.text("journey.q.applicantRole.label", locale),
                assessments.rulebook().vocabulary().get("applicantRole").get(answers.get("applicantRole")).in(locale)
                        + (answers.get("representativeName") == null ? "" : " – " + answers.get("representativeName")),
                FORM + "/" + ROLE));
        if (extraStepApplies(UNIVERSITY, answers)) {
            extra.add(new AnswerRow(forms.text("journey.q.university.label", locale),
                    answers.get("university") == null ? forms.text("checklist.answer.none", locale)
                            : answers.get("university"), FORM + "/" + UNIVERSITY));
        }
        model.addAttribute("extra", extra);
        model.addAttribute("withoutUpload", checklists.withoutUpload(application, locale));
        model.addAttribute("errors", blocking);
        model.addAttribute("blocked", !blocking.isEmpty());
        model.addAttribute("backHref", BASE);
        model.addAttribute("pageTitle", forms.title("journey.check.title",
                !blocking.isEmpty() || model.containsAttribute("confirmError"), locale));
        return "residence/application/check";
    }

    private String extraPage(String slug, Map<String, String> values, Map<String, String> problems, Model model,
            Locale locale) {
        List<Field> fields = new ArrayList<>();
        switch (slug) {
            case ADDRESS -> {
                Map<String, String> names = new LinkedHashMap<>();
                provinces.all(locale).forEach(p -> names.put(p.code().value(), p.name(locale)));
                fields.add(forms.field("addressProvince", "SELECT", values, problems,
                        FormFields.options("addressProvince", names, values.get("addressProvince")),
                        null, null, locale));
                fields.add(forms.field("addressDistrict", "TEXT", values, problems, List.of(), "address-level2", "20",
                        locale));
                fields.add(forms.field("addressLine", "TEXT", values, problems, List.of(), "street-address", "30",
                        locale));
            }
            case ROLE -> {
                Map<String, String> roles = new LinkedHashMap<>();
                assessments.rulebook().vocabulary().get("applicantRole")
                        .forEach((code, title) -> roles.put(code, title.in(locale)));
                fields.add(forms.field("applicantRole", "RADIOS", values, problems,
                        FormFields.options("applicantRole", roles, values.get("applicantRole")), null, null, locale));
                fields.add(forms.field("representativeName", "TEXT", values, problems, List.of(), "name", "30",
                        locale));
            }
            default -> {
                fields.add(forms.field("university", "TEXT", values, problems, List.of(), "organization", "30",
                        locale));
                fields.add(forms.field("shareWithUniversity", "CHECKBOX", values, problems,
                        List.of(new Field.Option("shareWithUniversity", "YES",
                                forms.text("journey.q.shareWithUniversity.option", locale),
                                "YES".equals(values.get("shareWithUniversity")))), null, null, locale));
            }
        }
        Answers answers = new Answers();
        values.forEach(answers::put);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", fields.stream().filter(f -> f.error() != null)
                .map(f -> new ErrorLink("#" + f.firstInputId(), f.error())).toList());
        model.addAttribute("heading", forms.text("journey.step." + slug + ".title", locale));
        model.addAttribute("action", FORM + "/" + slug);
        model.addAttribute("backHref", previousOfExtra(slug, answers));
        model.addAttribute("pageTitle", forms.title("journey.step." + slug + ".title", !problems.isEmpty(), locale));
        return "residence/application/extra";
    }

    private Optional<Step> rulebookStep(String slug, Answers answers) {
        return applicationForms.rulebookStep(slug, answers);
    }

    private static boolean extraStepApplies(String slug, Answers answers) {
        return ApplicationForms.extraStepApplies(slug, answers);
    }

    private static List<String> extraSteps(Answers answers) {
        return ApplicationForms.extraSteps(answers);
    }

    private String previousOfExtra(String slug, Answers answers) {
        List<String> extras = extraSteps(answers);
        int index = extras.indexOf(slug);
        if (index > 0) {
            return FORM + "/" + extras.get(index - 1);
        }
        return Step.last(Step.APPLICATION, answers, today()).map(s -> FORM + "/" + s.slug()).orElse(BASE);
    }

    /** The first unanswered page, or the check page when every page is answered. */
    private String next(ResidenceApplication application) {
        if (application.state() != ApplicationState.DRAFT) {
            return BASE;
        }
        return applicationForms.next(application).map(slug -> FORM + "/" + slug).orElse(BASE + "/check");
    }

    private boolean isComplete(ResidenceApplication application) {
        return applicationForms.isComplete(application);
    }

    private ResidencePermitRequest request(ResidenceApplication application) {
        return applicationForms.request(application);
    }

    private ResidenceApplication draft(ApplicantPrincipal applicant) {
        ResidenceApplication application = journey.load(applicant.applicationNumber());
        if (application.state() != ApplicationState.DRAFT) {
            throw new NotADraftException();
        }
        return application;
    }

    private static Answers answers(ResidenceApplication application) {
        return ApplicationForms.answers(application);
    }

    private static String permitType(ResidenceApplication application) {
        return application.submission() != null ? application.submission().permitType()
                : application.answers().get("permitType");
    }

    private String citation(Citation citation, Locale locale) {
        return forms.text("checklist.citation", locale, citation.sourceIn(locale), citation.section());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NotADraftException.class)
    String notADraft() {
        return "redirect:" + BASE;
    }

    /** The form of a submitted application cannot change: the applicant goes to the overview instead. */
    static class NotADraftException extends RuntimeException {
        NotADraftException() {
            super("the application is no longer a draft");
        }
    }
}
