package org.passage.admissions.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.admissions.AdmissionAssessments;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.calendar.TurkiyeTime;
import org.passage.rules.LocalizedText;
import org.passage.staff.AdmissionStaff;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.jspecify.annotations.Nullable;
import org.passage.forms.FormFields;
import org.passage.rules.Countries;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admission desk's staff pages: the queue ({@code /staff/admissions}) and a file
 * ({@code /staff/admissions/{number}}) with its history, and the registrar's forwarding. A member of
 * staff sees only their own university's files (a dean only their faculties'); any other number is
 * not found. Every view and action is in the audit trail.
 */
@Controller
@RequestMapping(DeskPagesController.BASE)
class DeskPagesController {

    static final String BASE = "/staff/admissions";
    static final String FILE_VIEWED = "admission-file";
    static final String QUEUE_VIEWED = "admission-queue";
    static final String FORWARDED = "ADMISSION_FORWARDED";
    static final String CLOSED = "ADMISSION_CLOSED_INELIGIBLE";
    static final String DECIDED = "ADMISSION_DECIDED";
    static final String INTERVIEW = "ADMISSION_INTERVIEW";

    record Option(String value, String label, boolean selected) {
    }

    record QueueRow(String number, String programme, int preference, String email, String state,
            String nationality, String basis, String submittedAt) {
    }

    record Line(String label, String value) {
    }

    record HistoryRow(String at, String who, String state, String reason, String ground) {
    }

    private final AdmissionQueue queue;
    private final AdmissionApplications applications;
    private final AdmissionDesk desk;
    private final Intakes intakes;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Map<String, LocalizedText> bases;
    private final AdmissionStaff admissionStaff;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final org.passage.rules.Rulebook rulebook;
    private final FormFields countries;
    private final org.passage.admissions.ExamTable examTable;
    private final DocumentMarks marks;

    DeskPagesController(AdmissionQueue queue, AdmissionApplications applications, AdmissionDesk desk,
            Intakes intakes, AuditTrail audit, MessageSource messages, AdmissionAssessments assessments,
            AdmissionStaff admissionStaff, org.springframework.transaction.support.TransactionTemplate transactions,
            DocumentMarks marks) {
        this.marks = marks;
        this.admissionStaff = admissionStaff;
        this.transactions = transactions;
        this.queue = queue;
        this.applications = applications;
        this.desk = desk;
        this.intakes = intakes;
        this.audit = audit;
        this.messages = messages;
        this.countries = new FormFields(messages, "admissions.%s.label", "admissions.%s.hint");
        this.rulebook = assessments.rulebook();
        this.examTable = assessments.examTable();
        this.bases = assessments.rulebook().vocabulary().getOrDefault("basis", Map.of());
    }

    /** What the staff bar ({@code staff/fragments :: bar}) shows: {@code staff}, {@code staffRoles}. */

    @GetMapping
    @Transactional
    String queue(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String state, @RequestParam(required = false) String basis,
            @RequestParam(required = false) String nationality, @RequestParam(required = false) String q,
            Model model, Locale locale) {
        AdmissionQueue.Scope scope = scope(staff);
        Map<String, LocalizedText> programmes = intakes.programmeNames(scope.university());
        AdmissionState chosenState = Arrays.stream(AdmissionState.values()).filter(s -> s.name().equals(state))
                .findFirst().orElse(null);
        String chosenProgramme = programmes.containsKey(programme) ? programme : null;
        String chosenBasis = bases.containsKey(basis) ? basis : null;
        String chosenNationality = Countries.isKnown(nationality) ? nationality : null;
        String search = q == null || q.isBlank() || q.length() > 254 ? null : q.strip();
        List<AdmissionQueue.Row> rows = queue.list(scope,
                new AdmissionQueue.Filter(chosenProgramme, chosenState, chosenBasis, chosenNationality, search));
        audit.recordView(AuditActor.staff(staff.username()), QUEUE_VIEWED,
                rows.stream().map(r -> subject(r.number())).toList());

        List<Option> programmeOptions = new ArrayList<>(List.of(new Option("", text("admissions.desk.any", locale),
                chosenProgramme == null)));
        programmes.forEach((code, name) -> programmeOptions.add(new Option(code, name.in(locale),
                code.equals(chosenProgramme))));
        List<Option> stateOptions = new ArrayList<>(List.of(new Option("", text("admissions.desk.any", locale),
                chosenState == null)));
        for (AdmissionState s : AdmissionState.values()) {
            if (s != AdmissionState.DRAFT) {
                stateOptions.add(new Option(s.name(), stateLabel(s, locale), s == chosenState));
            }
        }
        List<Option> basisOptions = new ArrayList<>(List.of(new Option("", text("admissions.desk.any", locale),
                chosenBasis == null)));
        bases.forEach((code, title) -> basisOptions.add(new Option(code, title.in(locale), code.equals(chosenBasis))));

        model.addAttribute("pageTitle", text("admissions.desk.queue.title", locale) + " – Passage");
        model.addAttribute("programmes", programmeOptions);
        model.addAttribute("states", stateOptions);
        model.addAttribute("bases", basisOptions);
        List<Option> nationalityOptions = new ArrayList<>(List.of(new Option("",
                text("admissions.desk.any", locale), chosenNationality == null)));
        countries.countries(locale).forEach((code, name) -> nationalityOptions.add(new Option(code, name,
                code.equals(chosenNationality))));
        model.addAttribute("nationalities", nationalityOptions);
        model.addAttribute("search", search == null ? "" : search);
        model.addAttribute("rows", rows.stream().map(r -> new QueueRow(r.number().value(),
                name(programmes, r.programme(), locale), r.preference(), r.candidateEmail(),
                stateLabel(r.state(), locale), country(r.nationality(), locale),
                r.basis() == null ? "" : bases.getOrDefault(r.basis(), new LocalizedText(r.basis(), r.basis(),
                        r.basis())).in(locale), date(r.submittedAt(), locale))).toList());
        return "admissions/desk-queue";
    }

    @GetMapping("/{number}")
    @Transactional
    String file(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, Model model,
            Locale locale) {
        AdmissionApplication application = visible(staff, number);
        audit.recordView(AuditActor.staff(staff.username()), FILE_VIEWED, List.of(subject(application.number())));
        Map<String, LocalizedText> programmes = intakes.programmeNames(application.university());
        Submission s = application.submission();
        List<Line> lines = List.of(
                new Line(text("admissions.desk.column.programme", locale),
                        name(programmes, application.programme(), locale)),
                new Line(text("admissions.desk.column.preference", locale), String.valueOf(application.preference())),
                new Line(text("admissions.desk.column.email", locale), application.candidateEmail()),
                new Line(text("admissions.desk.column.nationality", locale),
                        country(s == null ? null : s.nationality(), locale)),
                new Line(text("admissions.desk.column.basis", locale), s == null || s.basis() == null
                        ? text("admissions.desk.no-basis", locale)
                        : bases.getOrDefault(s.basis(), new LocalizedText(s.basis(), s.basis(), s.basis())).in(locale)),
                new Line(text("admissions.desk.rulebook-version", locale), s == null ? "" : s.rulebookVersion()),
                new Line(text("admissions.desk.column.submitted", locale), date(application.submittedAt(), locale)));
        model.addAttribute("pageTitle", text("admissions.desk.file.title", locale, application.number().value())
                + " – Passage");
        model.addAttribute("number", application.number().value());
        model.addAttribute("stateLabel", stateLabel(application.state(), locale));
        model.addAttribute("lines", lines);
        model.addAttribute("history", applications.history(application.number()).stream()
                .map(t -> new HistoryRow(dateTime(t.at(), locale), t.actor().id(), stateLabel(t.to(), locale),
                        historyReason(t, locale), ground(t.ground(), locale)))
                .toList());
        boolean registrarMayAct = staff.hasRole(StaffRole.REGISTRAR) && application.state() == AdmissionState.SUBMITTED;
        model.addAttribute("documentsNotInOrder", marks.of(application.number()).stream()
                .filter(DocumentMark::notInOrder)
                .map(m -> documentTitle(m.document(), locale) + ": "
                        + text("admission.candidate.marks.mark." + m.mark().name(), locale)
                        + (m.correctBy() == null ? "" : " – " + text("admission.candidate.marks.requested-by", locale,
                                org.passage.forms.FieldParsers.formatDate(m.correctBy(), locale))))
                .toList());
        model.addAttribute("canForward", registrarMayAct);
        model.addAttribute("canClose", registrarMayAct);
        boolean evaluator = staff.hasRole(StaffRole.COMMITTEE_MEMBER) || staff.hasRole(StaffRole.DEAN);
        model.addAttribute("canDecide", evaluator && application.state().decidable());
        model.addAttribute("canRequestInterview", staff.hasRole(StaffRole.COMMITTEE_MEMBER)
                && application.state() == AdmissionState.IN_EVALUATION);
        model.addAttribute("canRecordInterview", staff.hasRole(StaffRole.COMMITTEE_MEMBER)
                && application.state() == AdmissionState.INTERVIEW_REQUESTED);
        model.addAttribute("partnerLabel", text(staff.hasRole(StaffRole.COMMITTEE_MEMBER)
                ? "admissions.desk.decide.dean" : "admissions.desk.decide.committee-member", locale));
        model.addAttribute("outcomes", Arrays.stream(Decision.Outcome.values())
                .map(o -> new Option(o.name(), stateLabel(o.state(), locale), false)).toList());
        model.addAttribute("refusals", refusalCodes().stream()
                .map(code -> new Option(code, ground(code, locale), false)).toList());
        return "admissions/desk-file";
    }

    @PostMapping("/{number}/forward")
    String forward(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            RedirectAttributes redirect) {
        AdmissionApplication application = visible(staff, number);
        if (!staff.hasRole(StaffRole.REGISTRAR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            transactions.executeWithoutResult(tx -> {
                desk.forward(application.number(), AdmissionActor.staff(staff.username()));
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), FORWARDED,
                        subject(application.number())));
            });
        } catch (AdmissionRefusedException e) {
            if (e.reason() != AdmissionRefusedException.Reason.DOCUMENTS_NOT_IN_ORDER) {
                throw new ResponseStatusException(HttpStatus.CONFLICT);
            }
            redirect.addFlashAttribute("error", "admissions.desk.forward.error.DOCUMENTS_NOT_IN_ORDER");
            return "redirect:" + BASE + "/" + application.number().value();
        }
        redirect.addFlashAttribute("done", "admissions.desk.forwarded");
        return "redirect:" + BASE + "/" + application.number().value();
    }

    @PostMapping("/{number}/close")
    String close(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestParam(required = false) String refusal, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        AdmissionApplication application = visible(staff, number);
        if (!staff.hasRole(StaffRole.REGISTRAR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (refusal == null || !refusalCodes().contains(refusal) || (note != null && note.length() > 2000)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            transactions.executeWithoutResult(tx -> {
                desk.closeIneligible(application.number(), AdmissionActor.staff(staff.username()), refusal,
                        note == null || note.isBlank() ? null : note.strip());
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), CLOSED, subject(application.number()))
                        .withReason(refusal).withRulebookVersion(application.submission().rulebookVersion()));
            });
        } catch (AdmissionRefusedException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("done", "admissions.desk.closed");
        return "redirect:" + BASE + "/" + application.number().value();
    }

    /**
     * The committee member and the dean of the programme's faculty decide together: the one signed in
     * names the other, who must hold that role for this university (and faculty). An admission
     * beyond the quota, a rejection without ground or a change without reason shows the file again
     * with the reason, and nothing is changed.
     */
    @PostMapping("/{number}/decide")
    String decide(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String ground, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        AdmissionApplication application = visible(staff, number);
        Decision.Outcome chosen = Arrays.stream(Decision.Outcome.values()).filter(o -> o.name().equals(outcome))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        String cited = ground == null || ground.isBlank() ? null : ground;
        if ((cited != null && !refusalCodes().contains(cited)) || (reason != null && reason.length() > 2000)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        String faculty = intakes.programme(application.university(), application.intake(), application.programme())
                .orElseThrow().faculty();
        String committeeMember;
        String dean;
        if (staff.hasRole(StaffRole.COMMITTEE_MEMBER)) {
            committeeMember = staff.username();
            dean = admissionStaff.holds(partner, StaffRole.DEAN, application.university(), faculty)
                    ? partner.strip().toLowerCase(Locale.ROOT) : null;
        } else if (staff.hasRole(StaffRole.DEAN) && staff.faculties().contains(faculty)) {
            dean = staff.username();
            committeeMember = admissionStaff.holds(partner, StaffRole.COMMITTEE_MEMBER, application.university(),
                    null) ? partner.strip().toLowerCase(Locale.ROOT) : null;
        } else {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String back = "redirect:" + BASE + "/" + application.number().value();
        if (committeeMember == null || dean == null || committeeMember.equals(dean)) {
            redirect.addFlashAttribute("error", "admissions.desk.decide.error.partner");
            return back;
        }
        Decision decision = new Decision(chosen, committeeMember, dean, cited,
                reason == null || reason.isBlank() ? null : reason.strip());
        try {
            // The decision and its audit entry commit together, or neither does.
            transactions.executeWithoutResult(tx -> {
                desk.decide(application.number(), decision);
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), DECIDED, subject(application.number()))
                        .withReason(chosen.name()).withRulebookVersion(application.submission().rulebookVersion())
                        .with("committeeMember", decision.committeeMember()).with("dean", decision.dean()));
            });
        } catch (AdmissionRefusedException e) {
            redirect.addFlashAttribute("error", "admissions.desk.decide.error." + e.reason().name());
            return back;
        }
        redirect.addFlashAttribute("done", "admissions.desk.decided");
        return back;
    }

    /**
     * A committee member asks for an interview by e-mail or phone ({@code step=request}, §7.5), or
     * records the interview held ({@code step=record}); the note says how, or what was learnt.
     */
    @PostMapping("/{number}/interview")
    String interview(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestParam(required = false) String step, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        AdmissionApplication application = visible(staff, number);
        if (!staff.hasRole(StaffRole.COMMITTEE_MEMBER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!"request".equals(step) && !"record".equals(step) || note == null || note.isBlank()
                || note.length() > 2000) {
            redirect.addFlashAttribute("error", "admissions.desk.interview.error.note");
            return "redirect:" + BASE + "/" + application.number().value();
        }
        AdmissionActor member = AdmissionActor.staff(staff.username());
        try {
            transactions.executeWithoutResult(tx -> {
                if ("request".equals(step)) {
                    desk.requestInterview(application.number(), member, note.strip());
                } else {
                    desk.recordInterview(application.number(), member, note.strip());
                }
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), INTERVIEW,
                        subject(application.number())).withReason(step));
            });
        } catch (AdmissionRefusedException e) {
            redirect.addFlashAttribute("error", "admissions.desk.decide.error." + e.reason().name());
            return "redirect:" + BASE + "/" + application.number().value();
        }
        redirect.addFlashAttribute("done", "admissions.desk.interview.done." + step);
        return "redirect:" + BASE + "/" + application.number().value();
    }

    /** The file, if the member of staff may see it; otherwise not found, as if it did not exist. */
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

    /** The registrar sees every submitted file of the university; committee and deans forwarded ones. */
    static AdmissionQueue.Scope scope(StaffPrincipal staff) {
        return AdmissionQueue.Scope.of(staff).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    static String subject(AdmissionNumber number) {
        return "admission:" + number.value();
    }

    /** Why: as written; a request for a corrected document names the document and the day, then the note. */
    private String historyReason(AdmissionTransition t, Locale locale) {
        String note = t.reason() == null ? "" : t.reason();
        if (t.document() == null || t.dueOn() == null) {
            return note;
        }
        String request = text("admissions.desk.history.correction", locale, documentTitle(t.document(), locale),
                org.passage.forms.FieldParsers.formatDate(t.dueOn(), locale));
        return note.isEmpty() ? request : request + " – " + note;
    }

    /** A required document by its title, as the candidate's pages name it. */
    private String documentTitle(String code, Locale locale) {
        if (code.startsWith("EXAM_RESULT_")) {
            String exam = code.substring("EXAM_RESULT_".length());
            return text("admission.candidate.document.EXAM_RESULT", locale,
                    examTable.exam(exam).map(e -> e.title().in(locale)).orElse(exam));
        }
        return messages.getMessage("admission.candidate.document." + code, null, code, locale);
    }

    /** A refusal code by its title in the rulebook and its citation; a committee's own ground as written. */
    private String ground(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        if (!rulebook.findingCodes().containsKey(code)) {
            return code;
        }
        org.passage.rules.Citation c = rulebook.findingCitation(code);
        String title = rulebook.findingTitle(code).in(locale);
        return c == null ? title : title + " (" + text("admission.result.citation", locale,
                rulebook.sources().getOrDefault(c.source(), c.source()), c.section()) + ")";
    }

    /** The rulebook's §7.2.2 refusal codes a registrar closes an ineligible file with. */
    private List<String> refusalCodes() {
        return rulebook.findingCodes().keySet().stream()
                .filter(code -> rulebook.findingSeverity(code) == org.passage.rules.Severity.BLOCKING).toList();
    }

    private String stateLabel(AdmissionState state, Locale locale) {
        return text("admissions.desk.state." + state.name(), locale);
    }

    private static String name(Map<String, LocalizedText> programmes, String code, Locale locale) {
        LocalizedText name = programmes.get(code);
        return name == null ? code : name.in(locale);
    }

    private static String date(java.time.Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(at.atZone(TurkiyeTime.ZONE));
    }

    private static String dateTime(java.time.Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(ZoneId.of(TurkiyeTime.ZONE_ID)));
    }

    /** A nationality by its name in the page's language; empty when none was given. */
    private String country(@Nullable String code, Locale locale) {
        return code == null ? "" : countries.countryName(code, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
