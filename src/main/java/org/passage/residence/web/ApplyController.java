package org.passage.residence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.forms.FormFields;
import org.passage.forms.ErrorLink;
import org.passage.forms.Field;
import org.passage.ratelimit.RateLimiter;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.PassportNumber;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.ResidenceProperties;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Identity;
import org.passage.residence.application.ResidenceApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The way into the e-residence journey: choose first application, extension or transfer, or
 * continue an application, or see a result; pre-register with the security step; type the one-time
 * code; continue later with the application number, the passport number and a new code.
 */
@Controller
class ApplyController {

    static final String START = "/residence/apply";
    static final String VERIFY = "/residence/apply/verify";
    static final String CONTINUE = "/residence/continue";
    private static final String TRAP = "website";
    /** Where a continued application goes after the code, when asked by a missing-documents link. */
    static final String NEXT_DOCUMENTS = "documents";
    /** Where a continued application goes after the code, when asked by a renewal reminder's link. */
    static final String NEXT_EXTENSION = "extension";
    private static final String NEXT_ATTRIBUTE = "residence.next";

    private final ApplicationJourney journey;
    private final FormTokens tokens;
    private final RateLimiter rateLimiter;
    private final ResidenceProperties properties;
    private final FormFields forms;
    private final ApplicantSessions sessions;
    private final ResidencePermitAssessments assessments;
    private final Clock clock;

    ApplyController(ApplicationJourney journey, FormTokens tokens, RateLimiter rateLimiter,
            ResidenceProperties properties, FormFields forms, ApplicantSessions sessions,
            ResidencePermitAssessments assessments, Clock clock) {
        this.journey = journey;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.forms = forms;
        this.sessions = sessions;
        this.assessments = assessments;
        this.clock = clock;
    }

    @GetMapping(START)
    String start(Model model, Locale locale) {
        return startPage(model, null, locale);
    }

    @PostMapping(START)
    String chooseKind(@RequestParam(required = false) String kind, Model model, Locale locale) {
        if (kind == null || !PreRegistrationForm.KINDS.contains(kind)) {
            return startPage(model, "journey.q.kind.required", locale);
        }
        return "redirect:" + START + "/" + kind.toLowerCase(Locale.ROOT);
    }

    private String startPage(Model model, String error, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        assessments.rulebook().vocabulary().get("applicationKind").forEach((code, title) -> labels.put(code, title.in(locale)));
        Field kind = forms.field("kind", "RADIOS", Map.of(), error == null ? Map.of() : Map.of("kind", error),
                FormFields.options("kind", labels, null), null, null, locale);
        model.addAttribute("kind", kind);
        model.addAttribute("errors", error == null ? List.of() : List.of(new ErrorLink("#kind", kind.error())));
        model.addAttribute("pageTitle", forms.title("journey.start.title", error != null, locale));
        return "residence/apply/start";
    }

    /**
     * The pre-registration form. An applicant signed in for an earlier application who starts an
     * extension or a transfer finds it filled in: identity and contact from that application, the
     * current permit from the latest permit Passage issued to the passport.
     */
    @GetMapping(START + "/{kind:first|extension|transfer}")
    String preRegistration(@PathVariable String kind, @AuthenticationPrincipal ApplicantPrincipal applicant,
            HttpSession session, Model model, Locale locale) {
        String applicationKind = kind.toUpperCase(Locale.ROOT);
        Map<String, String> values = applicant == null || "FIRST".equals(applicationKind) ? Map.of()
                : prefilled(journey.load(applicant.applicationNumber()));
        return preRegistrationPage(applicationKind, values, Map.of(), session, model, locale);
    }

    private Map<String, String> prefilled(ResidenceApplication earlier) {
        Map<String, String> values = new LinkedHashMap<>();
        Identity identity = earlier.identity();
        values.put("givenNames", identity.givenNames());
        values.put("surname", identity.surname());
        putDate(values, "birthDate", identity.birthDate());
        values.put("nationality", identity.nationality());
        values.put("passportNumber", identity.passportNumber().value());
        putDate(values, "passportExpiry", identity.passportExpiry());
        values.put("email", earlier.contact().email());
        if (earlier.contact().mobile() != null) {
            values.put("mobile", earlier.contact().mobile());
        }
        journey.permitHistory(identity.passportNumber()).stream().findFirst().ifPresent(permit -> {
            values.put("currentPermitType", permit.permitType());
            if (permit.validUntil() != null) {
                putDate(values, "currentPermitValidUntil", permit.validUntil());
            }
        });
        return values;
    }

    /**
     * What an extension or transfer takes over from the holder's earlier application: its answers
     * (the permit type of the latest permit issued), except what belongs to the new request alone
     * (the kind, the current permit, the months asked for) and the consent to share with the
     * university, which is asked again.
     */
    static Map<String, String> carriedOver(ResidenceApplication earlier,
            List<org.passage.residence.IssuedPermit> permits) {
        Map<String, String> answers = new LinkedHashMap<>();
        earlier.answers().forEach((key, value) -> {
            if (value != null && !NOT_CARRIED_OVER.contains(key) && !key.startsWith("currentPermit")) {
                answers.put(key, value);
            }
        });
        permits.stream().findFirst().ifPresent(permit -> answers.put("permitType", permit.permitType()));
        return answers;
    }

    private static final java.util.Set<String> NOT_CARRIED_OVER = java.util.Set.of("applicationKind",
            "requestedMonths", "shareWithUniversity", "universityAsked");

    private static void putDate(Map<String, String> values, String name, LocalDate date) {
        values.put(name + "-day", String.valueOf(date.getDayOfMonth()));
        values.put(name + "-month", String.valueOf(date.getMonthValue()));
        values.put(name + "-year", String.valueOf(date.getYear()));
    }

    @PostMapping(START + "/{kind:first|extension|transfer}")
    String preRegister(@PathVariable String kind, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal ApplicantPrincipal applicant, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model, Locale locale) {
        String applicationKind = kind.toUpperCase(Locale.ROOT);
        PreRegistrationForm typed = new PreRegistrationForm(applicationKind, form, today(),
                assessments.rulebook().vocabulary().get("permitType").keySet());
        if (sentBefore(session, applicationKind, PassportNumber.parseOrNull(form.getFirst("passportNumber")))) {
            // The same pre-registration sent again from this session (a double click): the first draft stands.
            return "redirect:" + VERIFY;
        }
        if (!tokens.accepts(form.getFirst("formToken"), session) || form.getFirst(TRAP) != null && !form.getFirst(TRAP).isEmpty()) {
            return preRegistrationPage(applicationKind, typed.values(), Map.of("form", "journey.error.form-expired"),
                    session, model, locale);
        }
        if (!typed.problems().isEmpty()) {
            return preRegistrationPage(applicationKind, typed.values(), typed.problems(), session, model, locale);
        }
        PassportNumber passport = typed.identity().passportNumber();
        if (!rateLimiter.tryAcquire("residence-pre-registration", request.getRemoteAddr(),
                properties.preRegistrationsPerAddressPerHour(), Duration.ofHours(1)).allowed()
                || !rateLimiter.tryAcquire("residence-code-passport", passport.value(),
                        properties.codesPerPassportPerDay(), Duration.ofDays(1)).allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return preRegistrationPage(applicationKind, typed.values(), Map.of("form", "journey.error.too-many"),
                    session, model, locale);
        }
        Map<String, String> answers = new LinkedHashMap<>(typed.prefilledAnswers());
        if (applicant != null && !"FIRST".equals(applicationKind)) {
            ResidenceApplication earlier = journey.load(applicant.applicationNumber());
            if (earlier.identity().passportNumber().matches(passport)) {
                carriedOver(earlier, journey.permitHistory(passport)).forEach(answers::putIfAbsent);
            }
        }
        java.util.Optional<org.passage.residence.LetterStart> letter = "FIRST".equals(applicationKind)
                ? org.passage.residence.LetterStart.in(session) : java.util.Optional.empty();
        letter.ifPresent(start -> answers.putAll(start.answers()));
        var application = journey.preRegister(applicationKind, typed.identity(), typed.contact(language(locale)),
                answers);
        letter.ifPresent(start -> {
            journey.shareWithUniversity(application.number(), start.university(), start.shareWithUniversity());
            org.passage.residence.LetterStart.forget(session);
        });
        ApplicantSessions.awaitCode(session, application.number());
        session.setAttribute("residence.newApplication", Boolean.TRUE);
        return "redirect:" + VERIFY;
    }

    private String preRegistrationPage(String kind, Map<String, String> values, Map<String, String> problems,
            HttpSession session, Model model, Locale locale) {
        List<Field> fields = new ArrayList<>();
        fields.add(forms.text("givenNames", values, problems, "given-name", locale));
        fields.add(forms.text("surname", values, problems, "family-name", locale));
        fields.add(forms.date("birthDate", values, problems, "bday", locale));
        fields.add(forms.field("nationality", "SELECT", values, problems,
                FormFields.options("nationality", forms.countries(locale), values.get("nationality")), null, null,
                locale));
        fields.add(forms.field("passportNumber", "TEXT", values, problems, List.of(), "off", "10", locale));
        fields.add(forms.date("passportExpiry", values, problems, null, locale));
        fields.add(forms.field("email", "EMAIL", values, problems, List.of(), "email", "30", locale));
        fields.add(forms.field("mobile", "TEL", values, problems, List.of(), "tel", "20", locale));
        if (!"FIRST".equals(kind)) {
            Map<String, String> types = new LinkedHashMap<>();
            assessments.rulebook().vocabulary().get("permitType").forEach((code, title) -> types.put(code, title.in(locale)));
            fields.add(forms.field("currentPermitType", "RADIOS", values, problems,
                    FormFields.options("currentPermitType", types, values.get("currentPermitType")), null, null,
                    locale));
            fields.add(forms.date("currentPermitValidUntil", values, problems, null, locale));
        }
        List<ErrorLink> errors = new ArrayList<>();
        if (problems.containsKey("form")) {
            errors.add(new ErrorLink("#givenNames", forms.text(problems.get("form"), locale)));
        }
        fields.stream().filter(f -> f.error() != null)
                .forEach(f -> errors.add(new ErrorLink("#" + f.firstInputId(), f.error())));
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("action", START + "/" + kind.toLowerCase(Locale.ROOT));
        model.addAttribute("letterStart", "FIRST".equals(kind)
                ? org.passage.residence.LetterStart.in(session).orElse(null) : null);
        model.addAttribute("formToken", tokens.issue(session));
        model.addAttribute("heading", forms.text("journey.pre-registration.heading." + kind, locale));
        model.addAttribute("pageTitle", forms.title("journey.pre-registration.heading." + kind, !errors.isEmpty(), locale));
        return "residence/apply/pre-registration";
    }

    @GetMapping(VERIFY)
    String verifyPage(HttpSession session, Model model, Locale locale) {
        if (ApplicantSessions.pending(session) == null) {
            return "redirect:" + START;
        }
        return codePage(session, null, model, locale);
    }

    @PostMapping(VERIFY)
    String verify(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model, Locale locale) {
        ApplicationNumber number = ApplicantSessions.pending(session);
        if (number == null) {
            return "redirect:" + START;
        }
        if (code == null || code.isBlank()) {
            return codePage(session, "journey.q.code.required", model, locale);
        }
        if (!ApplicantSessions.codeAwaited(session) || !journey.verifyCode(number, code)) {
            return codePage(session, "journey.error.code", model, locale);
        }
        boolean isNew = Boolean.TRUE.equals(session.getAttribute("residence.newApplication"));
        boolean toDocuments = NEXT_DOCUMENTS.equals(session.getAttribute(NEXT_ATTRIBUTE));
        boolean toExtension = NEXT_EXTENSION.equals(session.getAttribute(NEXT_ATTRIBUTE));
        session.removeAttribute(NEXT_ATTRIBUTE);
        sessions.signIn(number, request, response);
        if (toExtension) {
            return "redirect:" + START + "/extension";
        }
        if (toDocuments) {
            return "redirect:" + ApplicationController.BASE + "/documents";
        }
        return "redirect:" + ApplicationController.BASE + (isNew ? "?new" : "");
    }

    /** A new code for a new draft whose code did not arrive, within the day's limit of codes per passport. */
    @PostMapping(VERIFY + "/new-code")
    String newCode(HttpSession session, HttpServletResponse response, Model model, Locale locale) {
        ApplicationNumber number = ApplicantSessions.pending(session);
        if (number == null || !isNewApplication(session)) {
            return "redirect:" + CONTINUE;
        }
        ResidenceApplication application = journey.load(number);
        if (!rateLimiter.tryAcquire("residence-code-passport", application.identity().passportNumber().value(),
                properties.codesPerPassportPerDay(), Duration.ofDays(1)).allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return codePage(session, "journey.error.too-many", model, locale);
        }
        journey.sendCode(number);
        model.addAttribute("newCodeSent", true);
        return codePage(session, null, model, locale);
    }

    @GetMapping(VERIFY + "/email")
    String emailPage(HttpSession session, Model model, Locale locale) {
        if (ApplicantSessions.pending(session) == null || !isNewApplication(session)) {
            return "redirect:" + CONTINUE;
        }
        return emailPage(Map.of(), Map.of(), model, locale);
    }

    /** Corrects the e-mail address of the new draft waiting for its code, and sends a new code there. */
    @PostMapping(VERIFY + "/email")
    String correctEmail(@RequestParam(required = false) String email, HttpSession session,
            HttpServletResponse response, Model model, Locale locale) {
        ApplicationNumber number = ApplicantSessions.pending(session);
        if (number == null || !isNewApplication(session)) {
            return "redirect:" + CONTINUE;
        }
        String typed = email == null ? "" : email.strip();
        Map<String, String> values = Map.of("email", typed);
        if (typed.isEmpty()) {
            return emailPage(values, Map.of("email", "journey.q.email.required"), model, locale);
        }
        if (typed.length() > 254 || !PreRegistrationForm.EMAIL.matcher(typed).matches()) {
            return emailPage(values, Map.of("email", "journey.error.email"), model, locale);
        }
        ResidenceApplication application = journey.load(number);
        if (!rateLimiter.tryAcquire("residence-code-passport", application.identity().passportNumber().value(),
                properties.codesPerPassportPerDay(), Duration.ofDays(1)).allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return emailPage(values, Map.of("email", "journey.error.too-many"), model, locale);
        }
        journey.correctEmail(number, typed.toLowerCase(Locale.ROOT));
        model.addAttribute("newCodeSent", true);
        return codePage(session, null, model, locale);
    }

    private String emailPage(Map<String, String> values, Map<String, String> problems, Model model, Locale locale) {
        Field email = forms.field("email", "TEXT", values, problems, List.of(), "email", "30", locale);
        model.addAttribute("email", email);
        model.addAttribute("errors", email.error() == null ? List.of()
                : List.of(new ErrorLink("#email", email.error())));
        model.addAttribute("pageTitle", forms.title("journey.verify.email.title", email.error() != null, locale));
        return "residence/apply/email";
    }

    /** Whether this session already pre-registered this kind for this passport and waits for its code. */
    private boolean sentBefore(HttpSession session, String applicationKind, PassportNumber passport) {
        ApplicationNumber pending = ApplicantSessions.pending(session);
        if (pending == null || passport == null || !isNewApplication(session)) {
            return false;
        }
        ResidenceApplication draft = journey.load(pending);
        return draft.emailVerifiedAt() == null && draft.applicationKind().equals(applicationKind)
                && draft.identity().passportNumber().matches(passport);
    }

    private static boolean isNewApplication(HttpSession session) {
        return Boolean.TRUE.equals(session.getAttribute("residence.newApplication"));
    }

    /** The code page; for a new draft with where the code went (masked) and the ways out if it did not arrive. */
    private String codePage(HttpSession session, String error, Model model, Locale locale) {
        ApplicationNumber number = ApplicantSessions.pending(session);
        if (number != null && isNewApplication(session)) {
            model.addAttribute("sentTo", masked(journey.load(number).contact().email()));
        }
        return codePage(error, model, locale);
    }

    /** An e-mail address as shown to whoever holds the session: its first letter and its domain. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at < 1 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }

    private String codePage(String error, Model model, Locale locale) {
        Field code = forms.field("code", "TEXT", Map.of(), error == null ? Map.of() : Map.of("code", error),
                List.of(), "one-time-code", "10", locale);
        model.addAttribute("code", code);
        model.addAttribute("errors", error == null ? List.of() : List.of(new ErrorLink("#code", code.error())));
        model.addAttribute("pageTitle", forms.title("journey.verify.title", error != null, locale));
        return "residence/apply/verify";
    }

    /**
     * The continue page; {@code ?number=} fills in the application number and {@code ?next=documents}
     * (the links of a missing-documents request) leads to the documents page after the code. An
     * applicant already signed in for that application goes there at once.
     */
    @GetMapping(CONTINUE)
    String continuePage(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(required = false) String number, @RequestParam(required = false) String next,
            Model model, Locale locale) {
        ApplicationNumber asked = number == null ? null : ApplicationNumber.parseOrNull(number);
        boolean documents = NEXT_DOCUMENTS.equals(next);
        boolean extension = NEXT_EXTENSION.equals(next);
        if (documents && applicant != null && applicant.applicationNumber().equals(asked)) {
            return "redirect:" + ApplicationController.BASE + "/documents";
        }
        if (extension && applicant != null && applicant.applicationNumber().equals(asked)) {
            return "redirect:" + START + "/extension";
        }
        model.addAttribute("next", documents ? NEXT_DOCUMENTS : extension ? NEXT_EXTENSION : null);
        return continuePage(asked == null ? Map.of() : Map.of("applicationNumber", asked.formatted()), Map.of(),
                model, locale);
    }

    /**
     * The same answer whether the number exists, the passport is wrong or all is right: the code is
     * sent only in the last case, so the page cannot be used to find applications.
     */
    @PostMapping(CONTINUE)
    String continueApplication(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model, Locale locale) {
        model.addAttribute("next", NEXT_DOCUMENTS.equals(form.getFirst("next")) ? NEXT_DOCUMENTS
                : NEXT_EXTENSION.equals(form.getFirst("next")) ? NEXT_EXTENSION : null);
        LookupForm typed = new LookupForm(form);
        Map<String, String> values = typed.values();
        Map<String, String> problems = typed.problems();
        ApplicationNumber number = typed.number();
        PassportNumber passport = typed.passport();
        if (!problems.isEmpty()) {
            return continuePage(values, problems, model, locale);
        }
        if (!rateLimiter.tryAcquire("residence-lookup", request.getRemoteAddr(),
                properties.lookupsPerAddressPerHour(), Duration.ofHours(1)).allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return continuePage(values, Map.of("applicationNumber", "journey.error.too-many"), model, locale);
        }
        var application = journey.identify(number, passport);
        application.ifPresent(found -> {
            if (rateLimiter.tryAcquire("residence-code-passport", passport.value(),
                    properties.codesPerPassportPerDay(), Duration.ofDays(1)).allowed()) {
                journey.sendCode(found.number());
            }
        });
        if (application.isPresent()) {
            ApplicantSessions.awaitCode(session, number);
        } else {
            // The same page follows, but no code is waited for: guesses here never count against the
            // applicant's code, so knowing an application number is not enough to use it up.
            ApplicantSessions.awaitNoCode(session, number);
        }
        session.removeAttribute("residence.newApplication");
        if (NEXT_DOCUMENTS.equals(form.getFirst("next")) || NEXT_EXTENSION.equals(form.getFirst("next"))) {
            session.setAttribute(NEXT_ATTRIBUTE, form.getFirst("next"));
        } else {
            session.removeAttribute(NEXT_ATTRIBUTE);
        }
        return "redirect:" + VERIFY;
    }

    private String continuePage(Map<String, String> values, Map<String, String> problems, Model model,
            Locale locale) {
        List<Field> fields = List.of(
                forms.field("applicationNumber", "TEXT", values, problems, List.of(), "off", "20", locale),
                forms.field("passportNumber", "TEXT", values, problems, List.of(), "off", "10", locale));
        model.addAttribute("fields", fields);
        model.addAttribute("errors", fields.stream().filter(f -> f.error() != null)
                .map(f -> new ErrorLink("#" + f.firstInputId(), f.error())).toList());
        model.addAttribute("pageTitle", forms.title("journey.continue.title", !problems.isEmpty(), locale));
        return "residence/apply/continue";
    }


    private static Locale language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "tr", "de" -> Locale.of(locale.getLanguage());
            default -> Locale.ENGLISH;
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
