package org.passage.admissions.scholarship.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passage.admissions.AdmissionAssessments;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNotFoundException;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.scholarship.Scholarship;
import org.passage.admissions.scholarship.ScholarshipRefusedException;
import org.passage.admissions.scholarship.Scholarships;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.calendar.TurkiyeTime;
import org.passage.forms.FieldParsers;
import org.passage.rules.Citation;
import org.passage.rules.Rulebook;
import org.passage.rules.LocalizedText;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

/**
 * The registrar's scholarship register ({@code /staff/admissions/scholarships}: semesters used and
 * left of each scholarship) and a student's scholarship ({@code /staff/admissions/{number}/scholarship}:
 * award, semesters used, end by disciplinary decision). Only the registrar or an admin of the
 * university; another university's applications are 404. A second click shows what the first did.
 */
@Controller
class ScholarshipPagesController {

    static final String REGISTER = "/staff/admissions/scholarships";
    static final String AWARDED = "ADMISSION_SCHOLARSHIP_AWARDED";
    static final String USED = "ADMISSION_SCHOLARSHIP_SEMESTERS_USED";
    static final String ENDED = "ADMISSION_SCHOLARSHIP_ENDED";

    /** A scholarship as the pages show it: every word in the reader's language. */
    record Row(String number, String programme, String percent, String basis, String semesters, String used,
            String left, String status) {
    }

    private final Scholarships scholarships;
    private final AdmissionApplications applications;
    private final Intakes intakes;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Rulebook rulebook;
    private final Clock clock;

    ScholarshipPagesController(Scholarships scholarships, AdmissionApplications applications, Intakes intakes,
            AuditTrail audit, MessageSource messages, TransactionTemplate transactions,
            AdmissionAssessments assessments, Clock clock) {
        this.rulebook = assessments.rulebook();
        this.clock = clock;
        this.scholarships = scholarships;
        this.applications = applications;
        this.intakes = intakes;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
    }

    @GetMapping(REGISTER)
    String register(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        String university = university(staff);
        Map<String, LocalizedText> names = intakes.programmeNames(university);
        List<Row> rows = scholarships.ofUniversity(university).stream()
                .map(s -> row(s, applications.find(s.number()).map(AdmissionApplication::programme).orElse(""),
                        names, locale))
                .toList();
        audit.recordView(AuditActor.staff(staff.username()), "admission-scholarships",
                List.of("admission-university:" + university));
        model.addAttribute("pageTitle", text("admissions.scholarship.register.title", locale) + " – Passage");
        model.addAttribute("rows", rows);
        return "admissions/scholarships";
    }

    @GetMapping("/staff/admissions/{number}/scholarship")
    String page(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, Model model,
            Locale locale) {
        String university = university(staff);
        AdmissionApplication application = visible(university, number);
        Optional<Scholarship> scholarship = scholarships.of(application.number(), university);
        audit.recordView(AuditActor.staff(staff.username()), "admission-scholarship",
                List.of(subject(application.number())));
        model.addAttribute("pageTitle", text("admissions.scholarship.title", locale, application.number().value())
                + " – Passage");
        model.addAttribute("number", application.number().value());
        model.addAttribute("stateLabel", text("admissions.desk.state." + application.state().name(), locale));
        model.addAttribute("canAward", scholarship.isEmpty() && application.holdsPlace());
        model.addAttribute("scholarship", scholarship.map(s -> row(s, application.programme(),
                intakes.programmeNames(university), locale)).orElse(null));
        model.addAttribute("open", scholarship.filter(s -> !s.ended()).isPresent());
        Citation citation = rulebook.parameter("SCHOLARSHIP_SEMESTERS").requireOn(today()).citation();
        model.addAttribute("citation", text("admissions.scholarship.citation", locale,
                rulebook.source(citation.source()).describe(locale), citation.section()));
        model.addAttribute("usedNow", scholarship.map(Scholarship::semestersUsed).orElse(0));
        return "admissions/scholarship";
    }

    @PostMapping("/staff/admissions/{number}/scholarship")
    String award(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestParam(required = false) String percent, @RequestParam(required = false) String prepSemesters,
            @RequestParam(required = false) String doubleMajor, @RequestParam(required = false) String agreement,
            RedirectAttributes redirect, Locale locale) {
        String university = university(staff);
        AdmissionApplication application = visible(university, number);
        String back = back(application.number());
        int pct;
        int prep;
        try {
            pct = number(percent, 1, 100, locale);
            prep = prepSemesters == null || prepSemesters.isBlank() ? 0 : number(prepSemesters, 0, 20, locale);
            if (agreement != null && agreement.strip().length() > 200) {
                throw new IllegalArgumentException("agreement reference too long");
            }
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "admissions.scholarship.error.input");
            return back;
        }
        return act(redirect, back, "admissions.scholarship.awarded", () -> {
            boolean had = scholarships.of(application.number(), university).isPresent();
            Scholarship s = scholarships.award(application.number(), university, pct, prep, "yes".equals(doubleMajor),
                    agreement, staff.username());
            if (!had) {
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), AWARDED, subject(s.number()))
                        .with("percent", s.percent()).withReason(s.bilateral() ? s.agreementReference()
                                : String.valueOf(s.semesters())));
            }
        });
    }

    @PostMapping("/staff/admissions/{number}/scholarship/used")
    String used(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestParam(required = false) String used, RedirectAttributes redirect, Locale locale) {
        String university = university(staff);
        AdmissionApplication application = visible(university, number);
        String back = back(application.number());
        int semesters;
        try {
            semesters = number(used, 0, 40, locale);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "admissions.scholarship.error.input");
            return back;
        }
        return act(redirect, back, "admissions.scholarship.used.recorded", () -> {
            scholarships.recordSemestersUsed(application.number(), university, semesters);
            audit.record(AuditEvent.of(AuditActor.staff(staff.username()), USED, subject(application.number()))
                    .with("used", semesters));
        });
    }

    @PostMapping("/staff/admissions/{number}/scholarship/end")
    String end(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestParam(required = false) String decision, RedirectAttributes redirect) {
        String university = university(staff);
        AdmissionApplication application = visible(university, number);
        String back = back(application.number());
        if (decision == null || decision.isBlank() || decision.strip().length() > 200) {
            redirect.addFlashAttribute("error", "admissions.scholarship.error.decision");
            return back;
        }
        return act(redirect, back, "admissions.scholarship.ended", () -> {
            boolean open = scholarships.of(application.number(), university).filter(s -> !s.ended()).isPresent();
            scholarships.end(application.number(), university, decision, staff.username());
            if (open) {
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), ENDED, subject(application.number()))
                        .withReason(decision.strip()));
            }
        });
    }

    private String act(RedirectAttributes redirect, String back, String done, Runnable action) {
        try {
            transactions.executeWithoutResult(tx -> action.run());
        } catch (ScholarshipRefusedException e) {
            redirect.addFlashAttribute("error", "admissions.scholarship.error." + e.reason().name());
            return back;
        } catch (AdmissionNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "admissions.scholarship.error.input");
            return back;
        }
        redirect.addFlashAttribute("done", done);
        return back;
    }

    private Row row(Scholarship s, String programme, Map<String, LocalizedText> names, Locale locale) {
        LocalizedText name = names.get(programme);
        String basis = s.bilateral() ? text("admissions.scholarship.basis.agreement", locale, s.agreementReference())
                : text(s.doubleMajor() ? "admissions.scholarship.basis.directive-double" : "admissions.scholarship.basis.directive",
                        locale, s.prepSemesters());
        String semesters = s.semesters() == null ? text("admissions.scholarship.semesters.agreement", locale)
                : String.valueOf(s.semesters());
        Integer left = s.semestersLeft();
        String status = s.ended() ? text("admissions.scholarship.status.ended", locale, s.endedReference())
                : text("admissions.scholarship.status.running", locale);
        return new Row(s.number().value(), name == null ? programme : name.in(locale),
                text("admissions.scholarship.percent.value", locale, s.percent()), basis, semesters,
                String.valueOf(s.semestersUsed()), left == null ? text("admissions.scholarship.semesters.agreement",
                        locale) : String.valueOf(left), status);
    }

    /** The university whose scholarships the member of staff keeps: a registrar's or an admin's of the desk. */
    private static String university(@Nullable StaffPrincipal staff) {
        if (staff == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return staff.admissionUniversityAs(StaffRole.REGISTRAR, StaffRole.ADMIN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    private AdmissionApplication visible(String university, String number) {
        try {
            return applications.find(new AdmissionNumber(number)).filter(a -> a.university().equals(university))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static int number(@Nullable String s, int min, int max, Locale locale) {
        Integer n = FieldParsers.number(s, locale);
        if (n == null || n < min || n > max) {
            throw new IllegalArgumentException("not a whole number between " + min + " and " + max);
        }
        return n;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
    }

    private static String back(AdmissionNumber number) {
        return "redirect:/staff/admissions/" + number.value() + "/scholarship";
    }

    private static String subject(AdmissionNumber number) {
        return "admission:" + number.value();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
