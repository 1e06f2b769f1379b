package org.passage.admissions.quota.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.admissions.AdmissionAssessments;
import org.passage.admissions.desk.Intakes;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.calendar.TurkiyeTime;
import org.passage.forms.FieldParsers;
import org.passage.rules.Finding;
import org.passage.rules.LocalizedText;
import org.passage.rules.Rulebook;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registrar's quota register ({@code /staff/admissions/quotas}): the year's line per programme
 * with its transfers, a form to enter a line and one to record a transfer of unfilled places. Only
 * the registrar (or an admin) of the university reaches it, and only for that university; a line
 * over a cap is refused with the finding and its citation.
 */
@Controller
@RequestMapping(QuotaPagesController.BASE)
class QuotaPagesController {

    static final String BASE = "/staff/admissions/quotas";
    static final String RECORDED = "ADMISSION_QUOTA_RECORDED";
    static final String TRANSFERRED = "ADMISSION_QUOTA_TRANSFERRED";

    record Row(String programme, String name, String previousOsysQuota, String osysSource, int original, int in,
            int out, int current, int filled, String tuition, boolean newProgramme) {
    }

    record TransferRow(String intake, String from, String to, int seats, String boardDecision, String yokDecision) {
    }

    record Option(String value, String label) {
    }

    private final QuotaRegister register;
    private final Intakes intakes;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Rulebook rulebook;
    private final Clock clock;

    QuotaPagesController(QuotaRegister register, Intakes intakes, AuditTrail audit, MessageSource messages,
            TransactionTemplate transactions, AdmissionAssessments assessments, Clock clock) {
        this.register = register;
        this.intakes = intakes;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
        this.rulebook = assessments.rulebook();
        this.clock = clock;
    }


    @GetMapping
    String page(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) Integer year,
            Model model, Locale locale) {
        String university = university(staff);
        int shown = year == null || year < 2000 || year > 2200 ? defaultYear(university) : year;
        Map<String, LocalizedText> names = intakes.programmeNames(university);
        List<QuotaRegister.Line> lines = register.lines(university, shown);
        audit.recordView(AuditActor.staff(staff.username()), "admission-quota-register",
                List.of(subject(university, shown)));
        model.addAttribute("pageTitle", text("admissions.quota.title", locale, String.valueOf(shown)) + " – Passage");
        // as text, so that no locale groups the year's digits
        model.addAttribute("year", String.valueOf(shown));
        model.addAttribute("rows", lines.stream().map(l -> new Row(l.programme(), l.name().in(locale),
                String.valueOf(l.previousOsysQuota()), l.osysSource(), l.originalQuota(), l.transferredIn(),
                l.transferredOut(), l.currentQuota(), l.filled(), tuition(l.tuitionAmount(), l.tuitionCurrency(),
                        locale), l.newProgramme())).toList());
        model.addAttribute("transfers", register.transfers(university, shown).stream()
                .map(t -> new TransferRow(t.intake(), name(names, t.fromProgramme(), locale),
                        name(names, t.toProgramme(), locale), t.seats(), t.boardDecision(),
                        t.yokDecision() == null ? "" : t.yokDecision())).toList());
        model.addAttribute("programmes", names.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue().in(locale))).toList());
        model.addAttribute("intakes", register.intakeCodes(university, shown));
        model.addAttribute("midTerm", register.midTermLine(university, shown).orElse(null));
        return "admissions/quota-register";
    }

    @PostMapping
    String record(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) String year,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String osysQuota,
            @RequestParam(required = false) String osysSource, @RequestParam(required = false) String foreignQuota,
            @RequestParam(required = false) String tuition, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String newProgramme, RedirectAttributes redirect, Locale locale) {
        String university = university(staff);
        int academicYear = year(year);
        RegisterEntry entry;
        try {
            boolean withTuition = tuition != null && !tuition.isBlank();
            entry = new RegisterEntry(university, academicYear, programme == null ? "" : programme,
                    number(osysQuota, 0, 10000, locale), osysSource, number(foreignQuota, 0, 10000, locale),
                    withTuition ? money(tuition, locale) : null,
                    withTuition ? currency(currency) : null,
                    "true".equals(newProgramme));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "admissions.quota.error.input");
            return back(academicYear);
        }
        try {
            transactions.executeWithoutResult(tx -> {
                register.record(entry, staff.username());
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), RECORDED,
                        subject(university, academicYear)).withReason(entry.programme())
                        .withRulebookVersion(rulebook.version()));
            });
        } catch (QuotaRefusedException e) {
            redirect.addFlashAttribute("findings", findings(e.findings(), locale));
            return back(academicYear);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "admissions.quota.error.input");
            return back(academicYear);
        }
        redirect.addFlashAttribute("done", "admissions.quota.recorded");
        return back(academicYear);
    }

    @PostMapping("/transfers")
    String transfer(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) String year,
            @RequestParam(required = false) String intake, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String seats,
            @RequestParam(required = false) String boardDecision, @RequestParam(required = false) String yokDecision,
            RedirectAttributes redirect, Locale locale) {
        String university = university(staff);
        int academicYear = year(year);
        try {
            int moved = number(seats, 1, 10000, locale);
            if (intake == null || !register.intakeCodes(university, academicYear).contains(intake) || from == null
                    || to == null) {
                throw new IllegalArgumentException("no such intake of the year");
            }
            transactions.executeWithoutResult(tx -> {
                register.transfer(university, intake, from, to, moved, boardDecision, yokDecision, staff.username());
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), TRANSFERRED,
                        subject(university, academicYear)).withReason(from + "->" + to + ":" + moved)
                        .withRulebookVersion(rulebook.version()));
            });
        } catch (QuotaRefusedException e) {
            redirect.addFlashAttribute("findings", findings(e.findings(), locale));
            return back(academicYear);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "admissions.quota.error.transfer");
            return back(academicYear);
        }
        redirect.addFlashAttribute("done", "admissions.quota.transferred");
        return back(academicYear);
    }

    /** The university the member of staff keeps the register for: a registrar's or an admin's of the desk. */
    static String university(StaffPrincipal staff) {
        if (staff == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return staff.admissionUniversityAs(StaffRole.REGISTRAR, StaffRole.ADMIN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** A finding by its title and the public document and section it cites. */
    private List<String> findings(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> f.message().in(locale) + " (" + text("admission.result.citation", locale,
                rulebook.source(f.citation().source()).describe(locale), f.citation().section()) + ")").toList();
    }

    private int defaultYear(String university) {
        List<Integer> years = register.years(university);
        return years.isEmpty() ? LocalDate.now(clock.withZone(TurkiyeTime.ZONE)).getYear() + 1 : years.getFirst();
    }

    private String tuition(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return text("admissions.quota.no-tuition", locale);
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(amount.scale() > 0 && amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount) + " " + currency;
    }

    private static String name(Map<String, LocalizedText> names, String code, Locale locale) {
        LocalizedText name = names.get(code);
        return name == null ? code : name.in(locale);
    }

    /**
     * A whole number within the bounds, as the page's language writes it ({@code 1.000} in Turkish);
     * otherwise {@link IllegalArgumentException}, shown as a localized error.
     */
    private static int number(String s, int min, int max, Locale locale) {
        Integer n = FieldParsers.number(s, locale);
        if (n == null || n < min || n > max) {
            throw new IllegalArgumentException("not a whole number between " + min + " and " + max);
        }
        return n;
    }

    /** Tuition as the page's language writes money ({@code 25.000} in Turkish is twenty-five thousand). */
    private static BigDecimal money(String s, Locale locale) {
        BigDecimal amount = FieldParsers.money(s, locale);
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("not an amount of money");
        }
        return amount;
    }

    /** A currency of ISO 4217, such as USD or TRY. */
    private static String currency(String s) {
        String code = s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
        try {
            java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a currency: " + code, e);
        }
        return code;
    }

    /** The academic year of a form; a form without one was not sent by the page, so it is a bad request. */
    private static int year(String s) {
        try {
            return number(s, 2000, 2200, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private static String back(int year) {
        return "redirect:" + BASE + "?year=" + year;
    }

    static String subject(String university, int year) {
        return "admission-quota:" + university + "/" + year;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
