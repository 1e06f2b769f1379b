package org.passage.admissions.candidate.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.admissions.EligibilityForm;
import org.passage.admissions.EligibilityQuestions;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionRefusedException;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.Intake;
import org.passage.admissions.desk.ProgrammeOffer;
import org.passage.admissions.desk.RequiredDocuments;
import org.passage.documents.DocumentKind;
import org.passage.documents.DocumentRejectedException;
import org.passage.documents.Documents;
import org.passage.documents.StoredDocument;
import org.passage.documents.Upload;
import org.passage.forms.ErrorLink;
import org.passage.forms.Field;
import org.passage.forms.FieldParsers;
import org.passage.text.FreeText;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in candidate's pages: their files and the open intakes ({@code /admission/candidate}),
 * a new application for an intake, and a file with the state of each programme, its documents,
 * its submission and the answer to an offer. A candidate reaches only their own files; any other
 * file or application is not found. Nothing needs JavaScript.
 */
@Controller
@RequestMapping(CandidatePages.BASE)
class CandidatePages {

    static final String BASE = "/admission/candidate";
    static final int CHOICES = 3;

    /** A name as in a passport: letters (any script) with spaces, apostrophes, dots and hyphens. */
    private static final Pattern PASSPORT_NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]{0,199}");

    record IntakeRow(String university, String universityName, String code, String name, String closesOn,
            String fileHref) {
    }

    record FileRow(String href, String university, String intake, String state) {
    }

    record Option(String code, String title) {
    }

    record ApplicationRow(String number, String programme, int preference, String state, String ground,
            boolean canAnswer, String respondBy, String studentNumber, List<Correction> corrections) {
    }

    /** An open request for a corrected document of an application: what and by when, and the registrar's note. */
    record Correction(String text, String note) {
    }

    /** A required document; {@code correctBy} the day a corrected one may still come by, when asked for. */
    record DocumentRow(String code, String title, String fileName, boolean photo, String error, String correctBy,
            boolean canUpload) {
    }

    private final CandidateJourney journey;
    private final EligibilityQuestions questions;
    private final Documents documents;
    private final MessageSource messages;
    private final org.passage.admissions.letters.AcceptanceLetters letters;

    CandidatePages(CandidateJourney journey, EligibilityQuestions questions, Documents documents,
            MessageSource messages, org.passage.admissions.letters.AcceptanceLetters letters) {
        this.letters = letters;
        this.journey = journey;
        this.questions = questions;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping
    String home(@AuthenticationPrincipal CandidatePrincipal candidate, Model model, Locale locale) {
        if (candidate == null) {
            return "redirect:" + CandidateSignInController.SIGN_IN;
        }
        List<CandidateFile> files = journey.files(candidate.email());
        model.addAttribute("pageTitle", text("admission.candidate.home.title", locale) + " – Passage");
        model.addAttribute("email", candidate.email());
        model.addAttribute("files", files.stream().map(f -> new FileRow(BASE + "/files/" + f.id(),
                journey.universityName(f.university(), locale),
                intakeName(journey.intake(f), locale), text(f.submitted() ? "admission.candidate.file.submitted" : "admission.candidate.file.draft",
                        locale))).toList());
        model.addAttribute("intakes", journey.openIntakes().stream().map(i -> new IntakeRow(i.university(),
                journey.universityName(i.university(), locale), i.code(), intakeName(i, locale),
                date(i.closesOn(), locale), files.stream()
                        .filter(f -> f.university().equals(i.university()) && f.intake().equals(i.code()))
                        .map(f -> BASE + "/files/" + f.id()).findFirst().orElse(null)))
                .toList());
        return "admissions/candidate/home";
    }

    @GetMapping("/apply/{university}/{intake}")
    String applyPage(@AuthenticationPrincipal CandidatePrincipal candidate, @PathVariable String university,
            @PathVariable String intake, Model model, Locale locale) {
        if (candidate == null) {
            return "redirect:" + CandidateSignInController.SIGN_IN;
        }
        Intake open = openIntake(university, intake);
        return applyPage(open, new EligibilityForm(), new String[CHOICES], false, Map.of(), model, locale);
    }

    @PostMapping("/apply/{university}/{intake}")
    String apply(@AuthenticationPrincipal CandidatePrincipal candidate, @PathVariable String university,
            @PathVariable String intake, @ModelAttribute("form") EligibilityForm form,
            @RequestParam(required = false) String choice1, @RequestParam(required = false) String choice2,
            @RequestParam(required = false) String choice3,
            @RequestParam(defaultValue = "false") boolean languageCertificate,
            @RequestParam(required = false) String fullName, Model model, Locale locale) {
        if (candidate == null) {
            return "redirect:" + CandidateSignInController.SIGN_IN;
        }
        Intake open = openIntake(university, intake);
        List<ProgrammeOffer> offers = journey.offers(open);
        String[] choices = {choice1, choice2, choice3};
        Map<String, String> errors = new LinkedHashMap<>();
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        model.addAttribute("fullName", name);
        if (name.isEmpty()) {
            errors.put("fullName", text("admission.candidate.error.name-required", locale));
        } else if (!FreeText.isClean(name)) {
            errors.put("fullName", text(FreeText.MESSAGE_KEY, locale));
        } else if (!PASSPORT_NAME.matcher(name).matches()) {
            errors.put("fullName", text("admission.candidate.error.name", locale));
        }
        List<String> programmes = new ArrayList<>();
        for (int i = 0; i < CHOICES; i++) {
            String choice = choices[i] == null || choices[i].isBlank() ? null : choices[i];
            String id = "choice" + (i + 1);
            if (choice == null) {
                if (i == 0) {
                    errors.put(id, text("admission.candidate.error.choice", locale));
                }
            } else if (offers.stream().noneMatch(o -> o.code().equals(choice))) {
                errors.put(id, text("admission.candidate.error.choice-invalid", locale));
            } else if (programmes.contains(choice)) {
                errors.put(id, text("admission.candidate.error.choice-twice", locale));
            } else {
                programmes.add(choice);
            }
        }
        // The programme questions of the checker are answered by the choices: each is judged on submission.
        ProgrammeOffer first = offers.stream().filter(o -> o.code().equals(choice1)).findFirst()
                .orElse(offers.isEmpty() ? null : offers.getFirst());
        form.setProgramme(first == null ? "" : first.ruleProgramme());
        form.setForeignQuota(FieldParsers.YES);
        questions.read(form, journey.today(), errors, locale);
        if (!errors.isEmpty()) {
            return applyPage(open, form, choices, languageCertificate, errors, model, locale);
        }
        CandidateFile file;
        try {
            file = journey.open(candidate.email(), name, open, programmes, form, languageCertificate, locale);
        } catch (AdmissionRefusedException e) {
            errors.put("choice1", refusal(e, locale));
            return applyPage(open, form, choices, languageCertificate, errors, model, locale);
        } catch (DuplicateKeyException e) {
            // Two clicks at once: the other request opened the file; both go on to it.
            file = journey.files(candidate.email()).stream()
                    .filter(f -> f.university().equals(open.university()) && f.intake().equals(open.code()))
                    .findFirst().orElseThrow(() -> e);
        }
        return "redirect:" + BASE + "/files/" + file.id();
    }

    @GetMapping("/files/{id}")
    String file(@AuthenticationPrincipal CandidatePrincipal candidate, @PathVariable String id, Model model,
            Locale locale) {
        if (candidate == null) {
            return "redirect:" + CandidateSignInController.SIGN_IN;
        }
        return filePage(own(candidate, id), null, null, null, model, locale);
    }

    @PostMapping("/files/{id}/documents/{code:[A-Z0-9_]{1,60}}")
    String upload(@AuthenticationPrincipal CandidatePrincipal candidate, @PathVariable String id,
            @PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, Locale locale) {
        if (candidate == null) {
            return "redirect:" + CandidateSignInController.SIGN_IN;
        }
        CandidateFile own = own(candidate, id);
        if (!journey.required(own).contains(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (file == null || file.isEmpty()) {
            return filePage(own, code, text("admission.candidate.error.choose-file", locale), null, model, locale);
        }
        StoredDocument stored;
        try {
            stored = documents.store(Upload.of(file),
                    RequiredDocuments.PHOTO.equals(code) ? DocumentKind.PHOTO : DocumentKind.ANY);
        } catch (DocumentRejectedException e) {
            return filePage(own, code, messages.getMessage(e.getDetailMessageCode(), e.getDetailMessageArguments(),
                    locale), null, model, locale);
        }
        try {
            journey.attach(own.id(), candidate.email(), code, stored);
        } catch (AdmissionRefusedException e) {
            documents.delete(stored.id());
            return filePage(own, code, refusal(e, locale), null, model, locale);
        } catch (RuntimeException e) {
            // The link was not written: the stored file must not stay behind without it.
            documents.delete(stored.id());
            throw e;
        }
        return "redirect:" + BASE + "/files/" + own.id() + "#" + code;
    }

    /** A registration document of an admitted candidate who accepted, within the intake's registration dates. */
    @PostMapping("/files/{id}/registration/{code:[A-Z0-9_]{1,60}}")
    String uploadRegistration(@AuthenticationPrincipal CandidatePrincipal candidate, @PathVariable String id,
            @PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, Locale locale) {
        if (candidate == null) {
            return "redirect:" + CandidateSignInController.SIGN_IN;
        }
        CandidateFile own = own(candidate, id);
        if (!CandidateJourney.REGISTRATION_DOCUMENTS.contains(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!journey.registrationOpen(own)) {
            return filePage(own, code, text("admission.candidate.registration.closed", locale), null, model, locale);
        }
        if (file == null || file.isEmpty()) {
            return filePage(own, code, text("admission.candidate.error.choose-file", locale), null, model, locale);
        }
        StoredDocument stored;
        try {
            stored = documents.store(Upload.of(file), DocumentKind.ANY);
        } catch (DocumentRejectedException e) {
            return filePage(own, code, messages.getMessage(e.getDetailMessageCode(), e.getDetailMessageArguments(),
                    locale), null, model, locale);
        }
        boolean kept;
        try {
            kept = journey.attachRegistration(own.id(), candidate.email(), code, stored);
        } catch (RuntimeException e) {
            documents.delete(stored.id());
            throw e;
        }
        if (!kept) {
            documents.delete(stored.id());
            return filePage(own, code, text("admission.candidate.registration.closed", locale), null, model, locale);
        }
        return "redirect:" + BASE + "/files/" + own.id() + "#" + code;
    }

    @PostMapping("/files/{id}/submit")
    String submit(@AuthenticationPrincipal CandidatePrincipal candidate, @PathVariable String id, Model model,
            Locale locale, RedirectAttributes redirect) {
        if (candidate == null) {
            return "redirect:" + CandidateSignInController.SIGN_IN;
        }
        CandidateFile own = own(candidate, id);
        try {
            CandidateJourney.Submitted result = journey.submit(own.id(), candidate.email(), locale);
            redirect.addFlashAttribute("done", result == CandidateJourney.Submitted.NOW
                    ? "admission.candidate.submitted" : "admission.candidate.submitted-before");
        } catch (AdmissionRefusedException e) {
            return filePage(own, null, null, e, model, locale);
        }
        return "redirect:" + BASE + "/files/" + own.id();
    }

    @PostMapping("/applications/{number}/{answer:accept|decline}")
    String answer(@AuthenticationPrincipal CandidatePrincipal candidate, @PathVariable String number,
            @PathVariable String answer, RedirectAttributes redirect, Locale locale) {
        if (candidate == null) {
            return "redirect:" + CandidateSignInController.SIGN_IN;
        }
        AdmissionApplication application = ownApplication(candidate, number);
        CandidateFile file = journey.files(candidate.email()).stream()
                .filter(f -> f.university().equals(application.university()) && f.intake().equals(application.intake()))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            if ("accept".equals(answer)) {
                journey.accept(application);
            } else {
                journey.decline(application);
            }
            redirect.addFlashAttribute("done", "admission.candidate.answered." + answer);
        } catch (AdmissionRefusedException e) {
            redirect.addFlashAttribute("refusal", refusal(e, locale));
        }
        return "redirect:" + BASE + "/files/" + file.id();
    }

    private String applyPage(Intake intake, EligibilityForm form, String[] choices, boolean languageCertificate,
            Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("pageTitle", (errors.isEmpty() ? "" : text("admission.errors.prefix", locale) + " ")
                + text("admission.candidate.apply.title", locale) + " – Passage");
        model.addAttribute("intake", intake);
        model.addAttribute("universityName", journey.universityName(intake.university(), locale));
        model.addAttribute("intakeName", intakeName(intake, locale));
        model.addAttribute("closesOn", date(intake.closesOn(), locale));
        model.addAttribute("action", BASE + "/apply/" + intake.university() + "/" + intake.code());
        model.addAttribute("form", form);
        model.addAttribute("choices", choices);
        model.addAttribute("languageCertificate", languageCertificate);
        model.addAttribute("offers", journey.offers(intake).stream()
                .map(o -> new Option(o.code(), o.name().in(locale))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("errorLinks", ErrorLink.toFields(errors));
        Object typed = model.getAttribute("fullName");
        model.addAttribute("nameField", new Field("fullName", "TEXT", text("admission.candidate.name.label", locale),
                text("admission.candidate.name.hint", locale), errors.get("fullName"),
                typed == null ? null : typed.toString(), null, null, null, List.of(), "name", "20"));
        questions.options(model, locale);
        return "admissions/candidate/apply";
    }

    private String filePage(CandidateFile file, String errorCode, String error, AdmissionRefusedException refused,
            Model model, Locale locale) {
        Intake intake = journey.intake(file);
        LocalDate today = journey.today();
        Map<String, org.passage.rules.LocalizedText> names = new LinkedHashMap<>();
        journey.offers(intake).forEach(o -> names.put(o.code(), o.name()));
        model.addAttribute("pageTitle", (error == null && refused == null ? "" : text("admission.errors.prefix", locale)
                + " ") + text("admission.candidate.file.title", locale) + " – Passage");
        model.addAttribute("intake", intake);
        model.addAttribute("universityName", journey.universityName(intake.university(), locale));
        model.addAttribute("intakeName", intakeName(intake, locale));
        model.addAttribute("closesOn", date(intake.closesOn(), locale));
        model.addAttribute("submitted", file.submitted());
        model.addAttribute("open", intake.openOn(today));
        model.addAttribute("fileBase", BASE + "/files/" + file.id());
        model.addAttribute("applications", journey.applications(file).stream().map(a -> new ApplicationRow(
                a.number().value(), Optional.ofNullable(names.get(a.programme())).map(n -> n.in(locale))
                        .orElse(a.programme()), a.preference(),
                text("admissions.desk.state." + a.state().name(), locale), journey.ground(a, locale),
                a.state() == AdmissionState.ADMITTED && intake.answerableOn(today),
                date(intake.respondBy(), locale), a.studentNumber(), journey.marks(a).stream()
                        .filter(m -> m.requestOpenOn(today))
                        .map(m -> new Correction(text("admission.candidate.file.correction", locale,
                                documentTitle(m.document(), locale), date(m.correctBy(), locale)), m.note()))
                        .toList())).toList());
        model.addAttribute("letterNumbers", journey.applications(file).stream()
                .filter(a -> letters.ofApplication(a.number()).isPresent()).map(a -> a.number().value()).toList());
        Map<String, CandidateFiles.Upload> uploads = new LinkedHashMap<>();
        journey.uploads(file).forEach(u -> uploads.put(u.code(), u));
        boolean mayUpload = !file.submitted() && intake.openOn(today);
        model.addAttribute("documents", journey.required(file).stream().map(code -> {
            LocalDate correctBy = journey.correctBy(file, code).filter(day -> !today.isAfter(day)).orElse(null);
            return new DocumentRow(code, documentTitle(code, locale),
                    uploads.containsKey(code) ? uploads.get(code).fileName() : null,
                    RequiredDocuments.PHOTO.equals(code), code.equals(errorCode) ? error : null,
                    correctBy == null ? null : date(correctBy, locale), mayUpload || correctBy != null);
        }).toList());
        List<ErrorLink> errorLinks = new ArrayList<>();
        if (errorCode != null && error != null) {
            errorLinks.add(new ErrorLink("#file-" + errorCode, error));
        }
        if (refused != null) {
            String message = refusal(refused, locale);
            model.addAttribute("submitError", message);
            errorLinks.add(new ErrorLink("#submit", message));
            model.addAttribute("missing", refused.missingDocuments().stream().map(c -> documentTitle(c, locale))
                    .toList());
        }
        boolean accepted = journey.applications(file).stream().anyMatch(a -> a.state() == AdmissionState.OFFER_ACCEPTED
                || a.state() == AdmissionState.ENROLLED);
        model.addAttribute("registration", accepted);
        model.addAttribute("registrationOpen", accepted && journey.registrationOpen(file));
        model.addAttribute("registrationFrom", date(intake.registrationFrom(), locale));
        model.addAttribute("registrationTo", date(intake.registrationTo(), locale));
        model.addAttribute("registrationDocuments", CandidateJourney.REGISTRATION_DOCUMENTS.stream()
                .map(code -> new DocumentRow(code, documentTitle(code, locale),
                        uploads.containsKey(code) ? uploads.get(code).fileName() : null, false,
                        code.equals(errorCode) ? error : null, null, accepted && journey.registrationOpen(file)))
                .toList());
        model.addAttribute("errors", errorLinks);
        return "admissions/candidate/file";
    }

    private String documentTitle(String code, Locale locale) {
        return journey.documentTitle(code, locale);
    }

    private String refusal(AdmissionRefusedException e, Locale locale) {
        return text("admission.candidate.refused." + e.reason().name(), locale);
    }

    private Intake openIntake(String university, String code) {
        Intake intake = journey.intake(university, code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!intake.openOn(journey.today())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return intake;
    }

    /** The candidate's own file; another candidate's file, or a malformed id, is not found. */
    private CandidateFile own(CandidatePrincipal candidate, String id) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return journey.file(parsed, candidate.email())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AdmissionApplication ownApplication(CandidatePrincipal candidate, String number) {
        AdmissionNumber parsed;
        try {
            parsed = new AdmissionNumber(number);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return journey.application(parsed, candidate)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** An intake by its term and academic year, e.g. "Fall term 2027–2028". */
    private String intakeName(Intake intake, Locale locale) {
        return text("admission.candidate.intake.name", locale, text("admission.candidate.term." + intake.term().name(),
                locale), String.valueOf(intake.academicYear()), String.valueOf(intake.academicYear() + 1));
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
