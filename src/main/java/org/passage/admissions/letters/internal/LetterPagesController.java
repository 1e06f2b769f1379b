package org.passage.admissions.letters.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionQueue;
import org.passage.admissions.desk.AdmissionRefusedException;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.admissions.letters.LetterRefusedException;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The registrar's letter and enrolment of a file ({@code /staff/admissions/{number}/letter}), the
 * letter's PDF, and the bulk issue of an intake's letters ({@code /staff/admissions/letters}). Others
 * of the desk may look; only the registrar issues and enrols. A second click never does twice: it
 * shows what the first did.
 */
@Controller
class LetterPagesController {

    static final String ISSUED = "ADMISSION_LETTER_ISSUED";
    static final String BULK_ISSUED = "ADMISSION_LETTERS_ISSUED";
    static final String ENROLLED = "ADMISSION_ENROLLED";
    static final String LETTER_VIEWED = "admission-letter";

    record IntakeRow(String code, int admitted, int withLetter) {
    }

    private final AdmissionQueue queue;
    private final AdmissionApplications applications;
    private final AdmissionDesk desk;
    private final Intakes intakes;
    private final AcceptanceLetters letters;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    LetterPagesController(AdmissionQueue queue, AdmissionApplications applications, AdmissionDesk desk,
            Intakes intakes, AcceptanceLetters letters, AuditTrail audit, MessageSource messages,
            TransactionTemplate transactions) {
        this.queue = queue;
        this.applications = applications;
        this.desk = desk;
        this.intakes = intakes;
        this.letters = letters;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
    }

    @GetMapping("/staff/admissions/{number}/letter")
    String page(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, Model model,
            Locale locale) {
        AdmissionApplication application = visible(staff, number);
        audit.recordView(AuditActor.staff(staff.username()), LETTER_VIEWED, List.of(subject(application.number())));
        Optional<AcceptanceLetter> letter = letters.ofApplication(application.number());
        boolean registrar = staff.hasRole(StaffRole.REGISTRAR);
        model.addAttribute("pageTitle", text("admissions.letters.file.title", locale, application.number().value())
                + " – Passage");
        model.addAttribute("number", application.number().value());
        model.addAttribute("stateLabel", text("admissions.desk.state." + application.state().name(), locale));
        model.addAttribute("letter", letter.orElse(null));
        model.addAttribute("code", letter.map(l -> l.code().grouped()).orElse(null));
        model.addAttribute("canIssue", registrar && letter.isEmpty()
                && AcceptanceLetter.issuable(application.state()));
        model.addAttribute("canEnrol", registrar && application.state() == AdmissionState.OFFER_ACCEPTED);
        model.addAttribute("canSeeScholarship",
                staff.admissionUniversityAs(StaffRole.REGISTRAR, StaffRole.ADMIN).isPresent());
        model.addAttribute("studentNumber", application.studentNumber());
        return "admissions/letter";
    }

    @PostMapping("/staff/admissions/{number}/letter")
    String issue(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            RedirectAttributes redirect) {
        AdmissionApplication application = visible(staff, number);
        registrarOnly(staff);
        String back = "redirect:/staff/admissions/" + application.number().value() + "/letter";
        try {
            transactions.executeWithoutResult(tx -> {
                boolean had = letters.ofApplication(application.number()).isPresent();
                AcceptanceLetter letter = letters.issue(application.number(), staff.username());
                if (!had) {
                    audit.record(AuditEvent.of(AuditActor.staff(staff.username()), ISSUED,
                            subject(application.number())).with("code", letter.code().value()));
                }
            });
        } catch (LetterRefusedException e) {
            redirect.addFlashAttribute("error", "admissions.letters.error.not-admitted");
            return back;
        }
        redirect.addFlashAttribute("done", "admissions.letters.issued");
        return back;
    }

    @GetMapping("/staff/admissions/{number}/letter.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            Locale locale) {
        AdmissionApplication application = visible(staff, number);
        AcceptanceLetter letter = letters.ofApplication(application.number())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.recordView(AuditActor.staff(staff.username()), LETTER_VIEWED, List.of(subject(application.number())));
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/verify/{code}")
                .buildAndExpand(letter.code().value()).toUriString();
        byte[] document = letters.pdf(letter, url, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("acceptance-" + application.number().value() + "-" + locale.getLanguage() + ".pdf")
                        .build().toString())
                .body(document);
    }

    /**
     * Enrols the admitted candidate who accepted: the registrar confirms the registration documents
     * were checked and gives the student number, which no other student of the university has.
     */
    @PostMapping("/staff/admissions/{number}/enrolment")
    String enrol(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestParam(required = false) String studentNumber,
            @RequestParam(required = false) String documentsChecked, RedirectAttributes redirect) {
        AdmissionApplication application = visible(staff, number);
        registrarOnly(staff);
        String back = "redirect:/staff/admissions/" + application.number().value() + "/letter";
        if (application.state() == AdmissionState.ENROLLED) {
            redirect.addFlashAttribute("done", "admissions.enrolment.already");
            return back;
        }
        String typed = studentNumber == null ? "" : studentNumber.strip();
        if (!"yes".equals(documentsChecked)) {
            redirect.addFlashAttribute("error", "admissions.enrolment.error.documents");
            redirect.addFlashAttribute("typedStudentNumber", typed);
            return back;
        }
        if (!typed.matches("[0-9A-Za-z-]{1,30}")) {
            redirect.addFlashAttribute("error", "admissions.enrolment.error.number");
            redirect.addFlashAttribute("typedStudentNumber", typed);
            return back;
        }
        try {
            transactions.executeWithoutResult(tx -> {
                desk.enrol(application.number(), AdmissionActor.staff(staff.username()), typed);
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), ENROLLED,
                        subject(application.number())).with("studentNumber", typed).with("documentsChecked", true));
            });
        } catch (DuplicateKeyException e) {
            redirect.addFlashAttribute("error", "admissions.enrolment.error.taken");
            redirect.addFlashAttribute("typedStudentNumber", typed);
            return back;
        } catch (AdmissionRefusedException | OptimisticLockingFailureException e) {
            // A second click (or a colleague) was first: show what stands now.
            boolean enrolled = applications.find(application.number()).map(a -> a.state() == AdmissionState.ENROLLED)
                    .orElse(false);
            redirect.addFlashAttribute(enrolled ? "done" : "error",
                    enrolled ? "admissions.enrolment.already" : "admissions.enrolment.error.state");
            return back;
        }
        redirect.addFlashAttribute("done", "admissions.enrolment.done");
        return back;
    }

    @GetMapping("/staff/admissions/letters")
    String intakes(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        AdmissionQueue.Scope scope = scope(staff);
        model.addAttribute("pageTitle", text("admissions.letters.title", locale) + " – Passage");
        model.addAttribute("intakes", intakes.ofUniversity(scope.university()).stream().map(i -> {
            AcceptanceLetters.IntakeCount count = letters.count(scope.university(), i.code());
            return new IntakeRow(i.code(), count.admitted(), count.withLetter());
        }).toList());
        model.addAttribute("canIssue", staff.hasRole(StaffRole.REGISTRAR));
        return "admissions/letters";
    }

    @PostMapping("/staff/admissions/letters/{intake}")
    String issueAll(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String intake,
            RedirectAttributes redirect) {
        AdmissionQueue.Scope scope = scope(staff);
        registrarOnly(staff);
        if (intakes.find(scope.university(), intake).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AcceptanceLetters.BulkResult result = transactions.execute(tx -> {
            AcceptanceLetters.BulkResult r = letters.issueAll(scope.university(), intake, staff.username());
            audit.record(AuditEvent.of(AuditActor.staff(staff.username()), BULK_ISSUED,
                    "admission-intake:" + scope.university() + "/" + intake).with("issued", r.issued()));
            return r;
        });
        redirect.addFlashAttribute("issued", result.issued());
        redirect.addFlashAttribute("already", result.alreadyIssued());
        redirect.addFlashAttribute("intake", intake);
        return "redirect:/staff/admissions/letters";
    }

    private static void registrarOnly(StaffPrincipal staff) {
        if (!staff.hasRole(StaffRole.REGISTRAR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static AdmissionQueue.Scope scope(StaffPrincipal staff) {
        return AdmissionQueue.Scope.of(staff).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    private AdmissionApplication visible(StaffPrincipal staff, String number) {
        AdmissionNumber parsed;
        try {
            parsed = new AdmissionNumber(number);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!queue.contains(scope(staff), parsed)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return applications.find(parsed).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String subject(AdmissionNumber number) {
        return "admission:" + number.value();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
