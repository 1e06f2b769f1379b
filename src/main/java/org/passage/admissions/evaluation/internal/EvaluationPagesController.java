package org.passage.admissions.evaluation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionQueue;
import org.passage.admissions.desk.Intake;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.desk.ProgrammeOffer;
import org.passage.admissions.desk.ScoreCriterion;
import org.passage.admissions.evaluation.EvaluationRefusedException;
import org.passage.admissions.evaluation.Evaluations;
import org.passage.admissions.evaluation.RankedApplication;
import org.passage.admissions.evaluation.ScoreSheet;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The committee's score sheet of a file ({@code /staff/admissions/{number}/evaluation}) and the
 * ranking of a programme's candidates in an intake ({@code /staff/admissions/ranking}). Committee
 * members score; deans and the registrar read. A file outside the caller's scope is not found.
 */
@Controller
class EvaluationPagesController {

    static final String SCORED = "ADMISSION_SCORED";
    static final String SHEET_VIEWED = "admission-score-sheet";
    static final String RANKING_VIEWED = "admission-ranking";

    record Row(String code, String name, int weight, String value, String error) {
    }

    record Option(String value, String label, boolean selected) {
    }

    record RankRow(String place, String number, String email, String state, String total, List<String> points) {
    }

    private final AdmissionQueue queue;
    private final AdmissionApplications applications;
    private final Intakes intakes;
    private final Evaluations evaluations;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    EvaluationPagesController(AdmissionQueue queue, AdmissionApplications applications, Intakes intakes,
            Evaluations evaluations, AuditTrail audit, MessageSource messages, TransactionTemplate transactions) {
        this.queue = queue;
        this.applications = applications;
        this.intakes = intakes;
        this.evaluations = evaluations;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
    }

    @GetMapping("/staff/admissions/{number}/evaluation")
    String sheet(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, Model model,
            Locale locale) {
        AdmissionApplication application = visible(staff, number);
        audit.recordView(AuditActor.staff(staff.username()), SHEET_VIEWED, List.of(subject(application.number())));
        ScoreSheet sheet = evaluations.sheet(application.number()).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        if (sheet != null) {
            sheet.points().forEach((code, points) -> values.put(code, String.valueOf(points)));
        }
        return page(staff, application, sheet, values, Map.of(), model, locale);
    }

    @PostMapping("/staff/admissions/{number}/evaluation")
    String score(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        AdmissionApplication application = visible(staff, number);
        if (!staff.hasRole(StaffRole.COMMITTEE_MEMBER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<ScoreCriterion> criteria = evaluations.criteria(application);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (ScoreCriterion c : criteria) {
            String typed = form.getFirst("points-" + c.code());
            values.put(c.code(), typed == null ? "" : typed.strip());
            if (typed == null || typed.isBlank()) {
                problems.put(c.code(), "admissions.evaluation.error.missing");
            } else if (!typed.strip().matches("[0-9]{1,3}") || Integer.parseInt(typed.strip()) > 100) {
                problems.put(c.code(), "admissions.evaluation.error.range");
            } else {
                points.put(c.code(), Integer.parseInt(typed.strip()));
            }
        }
        String notes = form.getFirst("notes");
        if (notes != null && notes.length() > 2000) {
            problems.put("notes", "admissions.evaluation.error.notes");
        }
        if (problems.isEmpty()) {
            try {
                transactions.executeWithoutResult(tx -> {
                    ScoreSheet sheet = evaluations.score(application.number(), points, notes, staff.username());
                    audit.record(AuditEvent.of(AuditActor.staff(staff.username()), SCORED,
                            subject(application.number())).withReason(sheet.total().toPlainString()));
                });
                return "redirect:/staff/admissions/" + application.number().value() + "/evaluation?scored";
            } catch (EvaluationRefusedException e) {
                problems.putAll(e.reason() == EvaluationRefusedException.Reason.NOT_IN_EVALUATION
                        ? Map.of("sheet", "admissions.evaluation.error.state") : e.problems());
            }
        }
        model.addAttribute("notes", notes == null ? "" : notes);
        return page(staff, application, evaluations.sheet(application.number()).orElse(null), values, problems,
                model, locale);
    }

    private String page(StaffPrincipal staff, AdmissionApplication application, ScoreSheet sheet,
            Map<String, String> values, Map<String, String> problems, Model model, Locale locale) {
        List<Row> rows = evaluations.criteria(application).stream().map(c -> new Row(c.code(), c.name().in(locale),
                c.weight(), values.getOrDefault(c.code(), ""), problems.get(c.code()))).toList();
        Map<String, String> summary = new LinkedHashMap<>();
        problems.forEach((field, key) -> summary.put(field.equals("sheet") || field.equals("notes") ? field
                : "points-" + field, key));
        model.addAttribute("pageTitle", (problems.isEmpty() ? "" : text("admissions.evaluation.error.prefix", locale) + " ")
                + text("admissions.evaluation.title", locale, application.number().value()) + " – Passage");
        model.addAttribute("number", application.number().value());
        model.addAttribute("programme", programmeName(application, locale));
        model.addAttribute("rows", rows);
        model.addAttribute("problems", summary);
        model.addAttribute("sheet", sheet);
        model.addAttribute("canScore", staff.hasRole(StaffRole.COMMITTEE_MEMBER)
                && Evaluations.scorable(application.state()));
        if (!model.containsAttribute("notes")) {
            model.addAttribute("notes", sheet == null || sheet.notes() == null ? "" : sheet.notes());
        }
        return "admissions/evaluation";
    }

    @GetMapping("/staff/admissions/ranking")
    String ranking(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) String intake,
            @RequestParam(required = false) String programme, Model model, Locale locale) {
        AdmissionQueue.Scope scope = AdmissionQueue.Scope.of(staff)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        List<Intake> all = intakes.ofUniversity(scope.university());
        Intake chosen = all.stream().filter(i -> i.code().equals(intake)).findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
        List<ProgrammeOffer> offers = chosen == null ? List.of()
                : intakes.programmes(scope.university(), chosen.code()).stream()
                        .filter(p -> scope.faculties().isEmpty() || scope.faculties().contains(p.faculty())).toList();
        ProgrammeOffer offer = offers.stream().filter(p -> p.code().equals(programme)).findFirst()
                .orElse(offers.isEmpty() ? null : offers.getFirst());
        List<ScoreCriterion> criteria = chosen == null ? List.of()
                : intakes.criteria(scope.university(), chosen.code());
        List<RankRow> rows = new ArrayList<>();
        if (offer != null) {
            List<RankedApplication> ranked = evaluations.ranking(scope.university(), chosen.code(), offer.code());
            audit.recordView(AuditActor.staff(staff.username()), RANKING_VIEWED,
                    ranked.stream().map(r -> subject(r.number())).toList());
            for (RankedApplication r : ranked) {
                rows.add(new RankRow(r.place() == null ? text("admissions.evaluation.unscored", locale)
                        : String.valueOf(r.place()), r.number().value(), r.candidateEmail(),
                        text("admissions.desk.state." + r.state().name(), locale),
                        r.total() == null ? "" : r.total().toPlainString(),
                        criteria.stream().map(c -> r.points().get(c.code()) == null ? ""
                                : String.valueOf(r.points().get(c.code()))).toList()));
            }
        }
        model.addAttribute("pageTitle", text("admissions.ranking.title", locale) + " – Passage");
        model.addAttribute("intakes", all.stream().map(i -> new Option(i.code(), i.code(), i == chosen)).toList());
        model.addAttribute("programmes", offers.stream()
                .map(p -> new Option(p.code(), p.name().in(locale), p == offer)).toList());
        model.addAttribute("criteria", criteria.stream().map(c -> c.name().in(locale)).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("quota", offer == null ? 0 : offer.foreignQuota());
        return "admissions/ranking";
    }

    private String programmeName(AdmissionApplication application, Locale locale) {
        var name = intakes.programmeNames(application.university()).get(application.programme());
        return name == null ? application.programme() : name.in(locale);
    }

    private AdmissionApplication visible(StaffPrincipal staff, String number) {
        AdmissionQueue.Scope scope = AdmissionQueue.Scope.of(staff)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        AdmissionNumber parsed;
        try {
            parsed = new AdmissionNumber(number);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!queue.contains(scope, parsed)) {
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
