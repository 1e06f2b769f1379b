package org.passage.admissions.evaluation.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passage.admissions.AdmissionAssessments;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionQueue;
import org.passage.admissions.desk.AdmissionRefusedException;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.Decision;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.evaluation.EvaluationRefusedException;
import org.passage.admissions.evaluation.Evaluations;
import org.passage.admissions.evaluation.ScoreSheet;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.rules.Rulebook;
import org.passage.rules.Severity;
import org.passage.staff.AdmissionStaff;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admission desk's staff operations for the university's own systems: its applications (list and
 * one file), the committee's scores and the decision. Each caller sees exactly what the desk's pages
 * show them (their university; a dean their faculties; committee and deans forwarded files only):
 * any other file is not found. Refusals are problem details.
 */
@RestController
@RequestMapping("/api/v1/admissions/applications")
class ApplicationsApiController {

    static final String DECIDED = "ADMISSION_DECIDED";

    record Row(String number, String intake, String programme, int preference, String candidateEmail,
            AdmissionState state, String nationality, String basis, Instant submittedAt) {
    }

    record HistoryEntry(Instant at, String actor, String action, AdmissionState from, AdmissionState to,
            String reason, String ground) {
    }

    record File(String number, String university, String intake, String programme, int preference,
            String candidateEmail, AdmissionState state, String nationality, String basis, String rulebookVersion,
            Instant submittedAt, String studentNumber, BigDecimal scoreTotal, List<HistoryEntry> history) {
    }

    record DecisionRequest(Decision.Outcome outcome, String partner, String ground, String reason) {
    }

    record ScoresRequest(Map<String, Integer> points, String notes) {
    }

    record Scores(String number, Map<String, Integer> points, BigDecimal total, String notes, String scoredBy,
            Instant scoredAt) {

        static Scores of(ScoreSheet s) {
            return new Scores(s.number().value(), s.points(), s.total(), s.notes(), s.scoredBy(), s.scoredAt());
        }
    }

    private final AdmissionQueue queue;
    private final AdmissionApplications applications;
    private final AdmissionDesk desk;
    private final Intakes intakes;
    private final Evaluations evaluations;
    private final AdmissionStaff admissionStaff;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Rulebook rulebook;

    ApplicationsApiController(AdmissionQueue queue, AdmissionApplications applications, AdmissionDesk desk,
            Intakes intakes, Evaluations evaluations, AdmissionStaff admissionStaff, AuditTrail audit,
            TransactionTemplate transactions, AdmissionAssessments assessments) {
        this.queue = queue;
        this.applications = applications;
        this.desk = desk;
        this.intakes = intakes;
        this.evaluations = evaluations;
        this.admissionStaff = admissionStaff;
        this.audit = audit;
        this.transactions = transactions;
        this.rulebook = assessments.rulebook();
    }

    @GetMapping
    @Operation(summary = "The caller's university's applications (without drafts), filtered by programme and state")
    List<Row> list(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) String programme,
            @RequestParam(required = false) AdmissionState state) {
        AdmissionQueue.Scope scope = scope(staff);
        List<AdmissionQueue.Row> rows = queue.list(scope,
                new AdmissionQueue.Filter(programme, state, null, null, null));
        audit.recordView(AuditActor.staff(staff.username()), "admission-api-queue",
                rows.stream().map(r -> subject(r.number())).toList());
        return rows.stream().map(r -> new Row(r.number().value(), r.intake(), r.programme(), r.preference(),
                r.candidateEmail(), r.state(), r.nationality(), r.basis(), r.submittedAt())).toList();
    }

    @GetMapping("/{number}")
    @Operation(summary = "One application with its frozen basis, score total and history")
    File file(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number) {
        AdmissionApplication a = visible(staff, number);
        audit.recordView(AuditActor.staff(staff.username()), "admission-api-file", List.of(subject(a.number())));
        return view(a);
    }

    @GetMapping("/{number}/scores")
    @Operation(summary = "The committee's score sheet of the application")
    Scores scores(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number) {
        AdmissionApplication a = visible(staff, number);
        return evaluations.sheet(a.number()).map(Scores::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "the file is not scored yet"));
    }

    @PutMapping("/{number}/scores")
    @Operation(summary = "A committee member records the points per criterion (0 to 100) of a file in evaluation")
    Scores score(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestBody ScoresRequest request) {
        AdmissionApplication a = visible(staff, number);
        if (!staff.hasRole(StaffRole.COMMITTEE_MEMBER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only a committee member scores");
        }
        if (request.points() == null || (request.notes() != null && request.notes().length() > 2000)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "points per criterion, notes up to 2000");
        }
        try {
            return transactions.execute(tx -> {
                ScoreSheet sheet = evaluations.score(a.number(), request.points(), request.notes(), staff.username());
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), EvaluationPagesController.SCORED,
                        subject(a.number())).withReason(sheet.total().toPlainString()));
                return Scores.of(sheet);
            });
        } catch (EvaluationRefusedException e) {
            throw new ResponseStatusException(e.reason() == EvaluationRefusedException.Reason.INVALID_POINTS
                    ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, e.getMessage());
        }
    }

    /**
     * The committee member and the dean of the programme's faculty decide together: the caller names
     * the other, who must hold that role for this university (and faculty).
     */
    @PostMapping("/{number}/decision")
    @Operation(summary = "Admit, waitlist or reject, by a committee member and the dean together")
    File decide(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @RequestBody DecisionRequest request) {
        AdmissionApplication a = visible(staff, number);
        if (request.outcome() == null || (request.reason() != null && request.reason().length() > 2000)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "an outcome, a reason up to 2000 characters");
        }
        String ground = request.ground() == null || request.ground().isBlank() ? null : request.ground();
        if (ground != null && !refusalCodes().contains(ground)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the ground is not a refusal code");
        }
        String faculty = intakes.programme(a.university(), a.intake(), a.programme()).orElseThrow().faculty();
        String partner = request.partner();
        String committeeMember;
        String dean;
        if (staff.hasRole(StaffRole.COMMITTEE_MEMBER)) {
            committeeMember = staff.username();
            dean = admissionStaff.holds(partner, StaffRole.DEAN, a.university(), faculty)
                    ? partner.strip().toLowerCase(Locale.ROOT) : null;
        } else if (staff.hasRole(StaffRole.DEAN) && staff.faculties().contains(faculty)) {
            dean = staff.username();
            committeeMember = admissionStaff.holds(partner, StaffRole.COMMITTEE_MEMBER, a.university(), null)
                    ? partner.strip().toLowerCase(Locale.ROOT) : null;
        } else {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "a committee member or the faculty's dean decides");
        }
        if (committeeMember == null || dean == null || committeeMember.equals(dean)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "the partner must be the faculty's dean or a committee member of the university");
        }
        Decision decision = new Decision(request.outcome(), committeeMember, dean, ground,
                request.reason() == null || request.reason().isBlank() ? null : request.reason().strip());
        try {
            transactions.executeWithoutResult(tx -> {
                desk.decide(a.number(), decision);
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), DECIDED, subject(a.number()))
                        .withReason(decision.outcome().name())
                        .withRulebookVersion(a.submission().rulebookVersion())
                        .with("committeeMember", committeeMember).with("dean", dean));
            });
        } catch (AdmissionRefusedException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.reason().name() + ": " + e.getMessage());
        }
        return view(applications.find(a.number()).orElseThrow());
    }

    private File view(AdmissionApplication a) {
        var s = a.submission();
        return new File(a.number().value(), a.university(), a.intake(), a.programme(), a.preference(),
                a.candidateEmail(), a.state(), s == null ? null : s.nationality(), s == null ? null : s.basis(),
                s == null ? null : s.rulebookVersion(), a.submittedAt(), a.studentNumber(),
                evaluations.sheet(a.number()).map(ScoreSheet::total).orElse(null),
                applications.history(a.number()).stream().map(t -> new HistoryEntry(t.at(), t.actor().id(),
                        t.action(), t.from(), t.to(), t.reason(), t.ground())).toList());
    }

    private Set<String> refusalCodes() {
        return rulebook.findingCodes().keySet().stream()
                .filter(code -> rulebook.findingSeverity(code) == Severity.BLOCKING).collect(Collectors.toSet());
    }

    private AdmissionQueue.Scope scope(StaffPrincipal staff) {
        return AdmissionQueue.Scope.of(staff)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "not a member of an admission desk"));
    }

    private AdmissionApplication visible(StaffPrincipal staff, String number) {
        AdmissionQueue.Scope scope = scope(staff);
        AdmissionNumber parsed;
        try {
            parsed = new AdmissionNumber(number);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such application");
        }
        if (!queue.contains(scope, parsed)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such application");
        }
        return applications.find(parsed)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such application"));
    }

    private static String subject(AdmissionNumber number) {
        return "admission:" + number.value();
    }
}
