package org.passage.visa.file.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.rules.InvalidRequestException;
import org.passage.rules.InvalidRequestException.FieldProblem;
import org.passage.staff.StaffPrincipal;
import org.passage.visa.file.VisaFileStatus;
import org.passage.visa.file.internal.VisaFileDesk.StaffStep;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's side of the visa file as JSON: the application centre's counter and the consulate's
 * queue and decision. Every call goes through the same {@link VisaFileDesk} operations as the pages
 * ({@link VisaStaffController}, {@link VisaCounterCheckController}, {@link VisaDecisionController}),
 * so a centre's account reaches only the centres it is bound to (another centre's file is a 404),
 * the steps are audited and e-mailed alike, and the same step sent twice answers with the first
 * result. Staff sign in on each call with HTTP Basic through the staff sign-in.
 */
@RestController
@Tag(name = "Visa: application centre and consulate")
@SecurityRequirement(name = "staff-basic")
class VisaStaffApiController {

    static final String CENTRE = "/api/v1/visa/centre";
    static final String CONSULATE = "/api/v1/visa/consulate";
    private static final String FILE = "/files/{id}";
    private static final List<VisaFileStatus> CONSULATE_QUEUE = List.of(VisaFileStatus.FEE_PAID,
            VisaFileStatus.DOCUMENTS_SENT, VisaFileStatus.AUTHORITY_CONSULTED);
    private static final int LONGEST_VISA_DAYS = 365;

    /** One person at the counter: who, their age on the day (null for a spouse), whether fingerprints are taken. */
    record AttendeeResponse(String person, String title, @Nullable Integer ageYears, boolean fingerprints) {
    }

    /** A file booked for the day, with everyone who attends. */
    record AppointmentResponse(UUID id, String number, String category, String status, String statusTitle,
            @Nullable String centre, @Nullable LocalDate appointmentOn, int persons, int fingerprints,
            List<AttendeeResponse> attendees) {
    }

    record EventResponse(String status, String actor, @Nullable String reason, java.time.Instant at) {
    }

    /** A file as the staff see it after a step: where it stands, how the fee was paid, the decision and the return. */
    record StaffFileResponse(UUID id, String number, String category, String categoryTitle, String status,
            String statusTitle, @Nullable String centre, @Nullable LocalDate appointmentOn,
            @Nullable LocalDate handedInOn, @Nullable String feePayment, @Nullable String passportReturn,
            @Nullable String trackingReference, VisaFileViews.@Nullable DecisionView decision,
            @Nullable LocalDate authorityConsultedOn, @Nullable LocalDate earliestDecisionAfterConsultation,
            List<EventResponse> events) {
    }

    /** The counter's check of the originals: {@code complete} false when the file was refused with the items named. */
    record CheckResponse(boolean complete, StaffFileResponse file) {
    }

    /** {@code seen} holds the items ({@code PERSON/CODE}) whose original the counter saw. */
    record CheckRequest(@Nullable List<String> seen, @Nullable String note) {
    }

    /** How the fee was paid: {@code CASH} or {@code CARD}. */
    record FeeRequest(@Nullable String payment) {
    }

    record TrackingRequest(@Nullable String tracking) {
    }

    /** The day the consulate consulted the foreigners' authority. */
    record ConsultationRequest(@Nullable LocalDate consultedOn) {
    }

    /** What the counter refuses the file for, or what the consulate asks for. */
    record NoteRequest(@Nullable String note) {
    }

    /** The visa to issue: type D, valid from and until (at most a year), entries SINGLE, DOUBLE or MULTIPLE. */
    record IssueRequest(@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String entries,
            @Nullable String annotations) {
    }

    /** A ground code of the rulebook's refusal grounds and the officer's explanation. */
    record RefusalRequest(@Nullable String ground, @Nullable String explanation) {
    }

    private final VisaFileDesk desk;
    private final VisaFileViews views;
    private final VisaCentreStaff centreStaff;
    private final VisaCentres centres;

    VisaStaffApiController(VisaFileDesk desk, VisaFileViews views, VisaCentreStaff centreStaff, VisaCentres centres) {
        this.desk = desk;
        this.views = views;
        this.centreStaff = centreStaff;
        this.centres = centres;
    }

    // ---------------------------------------------------------------- the application centre

    @GetMapping(CENTRE + "/appointments")
    @Operation(summary = "The day's appointments at the centres the account works at (all centres while it is "
            + "bound to none), with each person attending, their age and whether fingerprints are taken")
    List<AppointmentResponse> appointments(@RequestParam(required = false) @Nullable String centre,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        VisaCentreStaff.Reach reach = centreStaff.of(staff.username());
        if (centre != null) {
            if (centres.find(centre).isEmpty() || !reach.covers(centre)) {
                throw new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
                        null, "visa.staff.api.centre", new Object[] {centre});
            }
            reach = new VisaCentreStaff.Reach(Set.of(centre));
        }
        LocalDate on = day == null ? desk.today() : day;
        return desk.appointments(reach, on, staff.username(), CENTRE + "/appointments").stream().map(f -> {
            VisaFileDesk.Attendance attendance = desk.attendance(f.id());
            return new AppointmentResponse(f.id(), f.number(), f.category(), f.status().name(),
                    views.status(f.status().name(), locale), f.centre(), f.appointmentOn(), attendance.persons(),
                    attendance.fingerprints(), attendance.attendees().stream().map(a -> new AttendeeResponse(
                            a.person().key(), staffPerson(a.person(), locale), a.ageYears(), a.fingerprints()))
                            .toList());
        }).toList();
    }

    @GetMapping(CENTRE + FILE)
    @Operation(summary = "A file of one of the account's centres; another centre's reads as 404")
    StaffFileResponse centreFile(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
            Locale locale) {
        VisaFile file = reachable(id, staff);
        desk.recordRead(id, staff.username(), CENTRE + "/files");
        return response(file, locale);
    }

    @PostMapping(CENTRE + FILE + "/received")
    @Operation(summary = "The applicant attended and the counter received the file")
    StaffFileResponse received(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        return counterStep(id, StaffStep.RECEIVE, staff, null, null, locale);
    }

    @PostMapping(CENTRE + FILE + "/originals-check")
    @Operation(summary = "The originals checked against the file, item by item (PERSON/CODE seen); a required "
            + "original missing refuses the file at the counter with the items named")
    CheckResponse originalsCheck(@PathVariable UUID id, @RequestBody(required = false) @Nullable CheckRequest request,
            @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        reachable(id, staff);
        String note = request == null || request.note() == null || request.note().isBlank() ? null
                : request.note().strip();
        if (note != null && note.length() > VisaStaffController.MAX_REASON / 2) {
            throw invalid("note", "visa.staff.api.note", VisaStaffController.MAX_REASON / 2);
        }
        Set<String> seen = new HashSet<>(request == null || request.seen() == null ? List.of() : request.seen());
        seen.remove(null);
        boolean complete = desk.checkOriginals(id, seen, note, staff.username());
        return new CheckResponse(complete, response(desk.any(id), locale));
    }

    @PostMapping(CENTRE + FILE + "/passport-taken")
    @Operation(summary = "The counter took the passport and the biometrics")
    StaffFileResponse passportTaken(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
            Locale locale) {
        return counterStep(id, StaffStep.TAKE_PASSPORT, staff, null, null, locale);
    }

    @PostMapping(CENTRE + FILE + "/fee-paid")
    @Operation(summary = "The fee was paid (CASH or CARD) and the file is forwarded to the consulate")
    StaffFileResponse feePaid(@PathVariable UUID id, @RequestBody(required = false) @Nullable FeeRequest request,
            @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        String payment = request == null ? null : request.payment();
        if (payment == null || !List.of(FeePayment.CASH.name(), FeePayment.CARD.name()).contains(payment)) {
            throw invalid("payment", "visa.staff.api.payment");
        }
        return counterStep(id, StaffStep.PAY_FEE, staff, null, FeePayment.valueOf(payment), locale);
    }

    @PostMapping(CENTRE + FILE + "/refusal")
    @Operation(summary = "Refused at the counter as incomplete, the missing items named: the appointment is used "
            + "up and the file reopens")
    StaffFileResponse counterRefusal(@PathVariable UUID id, @RequestBody(required = false) @Nullable NoteRequest request,
            @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        // Sent again after the refusal, the desk keeps the first one (the file is a draft again).
        String note = request == null ? null : request.note();
        if (note == null || note.isBlank() || note.length() > VisaStaffController.MAX_REASON) {
            throw invalid("note", "visa.staff.api.note", VisaStaffController.MAX_REASON);
        }
        return counterStep(id, StaffStep.INCOMPLETE, staff, note, null, locale);
    }

    @PostMapping(CENTRE + FILE + "/no-show")
    @Operation(summary = "The applicant did not attend: on or after the appointment's day only (before it a 409), "
            + "the place is used up and the file reopens so the applicant can book a new day")
    StaffFileResponse noShow(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        reachable(id, staff);
        desk.noShow(id, staff.username());
        return response(desk.any(id), locale);
    }

    @PostMapping(CENTRE + FILE + "/passport-ready")
    @Operation(summary = "After the decision, the passport is back at the centre, ready to collect")
    StaffFileResponse passportReady(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
            Locale locale) {
        return counterStep(id, StaffStep.READY_FOR_COLLECTION, staff, null, null, locale);
    }

    @PostMapping(CENTRE + FILE + "/passport-sent")
    @Operation(summary = "After the decision, the passport went to the applicant by courier, with its tracking "
            + "reference")
    StaffFileResponse passportSent(@PathVariable UUID id, @RequestBody(required = false) @Nullable TrackingRequest request,
            @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        VisaFile file = reachable(id, staff);
        if (file.status() == VisaFileStatus.PASSPORT_SENT) {
            return response(file, locale);
        }
        String tracking = request == null ? null : request.tracking();
        if (tracking == null || tracking.isBlank() || tracking.strip().length() > VisaStaffController.MAX_TRACKING) {
            throw invalid("tracking", "visa.staff.tracking.missing");
        }
        return counterStep(id, StaffStep.SEND_BY_COURIER, staff, tracking, null, locale);
    }

    @PostMapping(CENTRE + FILE + "/passport-returned")
    @Operation(summary = "The applicant has the passport: collected at the counter or delivered by the courier")
    StaffFileResponse passportReturned(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
            Locale locale) {
        return counterStep(id, StaffStep.RETURN_PASSPORT, staff, null, null, locale);
    }

    private StaffFileResponse counterStep(UUID id, StaffStep step, StaffPrincipal staff, @Nullable String reason,
            @Nullable FeePayment payment, Locale locale) {
        reachable(id, staff);
        desk.staffStep(id, step, staff.username(), reason, payment);
        return response(desk.any(id), locale);
    }

    /**
     * A file of a centre the account reaches; another centre's, or none, is a 404. A file this account
     * has just refused at the counter has no centre any more, yet stays in its reach, so that the same
     * refusal sent again reads as the first result.
     */
    private VisaFile reachable(UUID id, StaffPrincipal staff) {
        VisaFile file = desk.any(id);
        if (!centreStaff.of(staff.username()).covers(file.centre()) && !refusedBy(file, staff)) {
            throw new VisaFileNotFoundException();
        }
        return file;
    }

    private boolean refusedBy(VisaFile file, StaffPrincipal staff) {
        return desk.reopenedBy(file, staff.username());
    }

    // ---------------------------------------------------------------- the consulate

    @GetMapping(CONSULATE + "/files")
    @Operation(summary = "The consulate's queue: files forwarded by the centre or back with the documents asked for")
    List<StaffFileResponse> consulateQueue(@AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        List<StaffFileResponse> queue = new ArrayList<>();
        for (VisaFiles.Listed f : desk.queue(CONSULATE_QUEUE, staff.username(), CONSULATE + "/files")) {
            queue.add(response(desk.any(f.id()), locale));
        }
        return queue;
    }

    @GetMapping(CONSULATE + FILE)
    @Operation(summary = "A file the consulate has, has asked documents for, or has decided; any other is a 404")
    StaffFileResponse consulateFile(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
            Locale locale) {
        VisaFile file = consulates(id);
        desk.recordRead(id, staff.username(), CONSULATE + "/files");
        return response(file, locale);
    }

    @PostMapping(CONSULATE + FILE + "/document-request")
    @Operation(summary = "Asks the applicant for further documents; the file returns to the queue once they are sent")
    StaffFileResponse documentRequest(@PathVariable UUID id, @RequestBody(required = false) @Nullable NoteRequest request,
            @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        VisaFile file = consulates(id);
        if (file.status() == VisaFileStatus.DOCUMENTS_REQUESTED) {
            return response(file, locale);
        }
        String note = request == null ? null : request.note();
        if (note == null || note.isBlank() || note.length() > VisaStaffController.MAX_REASON) {
            throw invalid("note", "visa.staff.note.missing");
        }
        desk.staffStep(id, StaffStep.REQUEST_DOCUMENTS, staff.username(), note);
        return response(desk.any(id), locale);
    }

    @PostMapping(CONSULATE + FILE + "/authority-consultation")
    @Operation(summary = "The foreigners' authority was consulted on consultedOn (by today, not before the file was "
            + "handed in): the file stays in the queue, AUTHORITY_CONSULTED, until the silence period has passed; "
            + "sent again it answers with the first consultation")
    StaffFileResponse authorityConsultation(@PathVariable UUID id,
            @RequestBody(required = false) @Nullable ConsultationRequest request,
            @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        VisaFile file = consulates(id);
        if (file.status() == VisaFileStatus.AUTHORITY_CONSULTED) {
            return response(file, locale);
        }
        LocalDate on = VisaStaffController.consultedDay(request == null ? null : request.consultedOn(), file,
                desk.today());
        if (on == null) {
            throw invalid("consultedOn", "visa.staff.consulted.missing");
        }
        desk.consultAuthority(id, on, staff.username());
        return response(desk.any(id), locale);
    }

    @PostMapping(CONSULATE + FILE + "/issue")
    @Operation(summary = "Issues a national visa (type D): validity at most a year from today or later, entries "
            + "SINGLE, DOUBLE or MULTIPLE, annotations; a decided file answers with its decision")
    StaffFileResponse issue(@PathVariable UUID id, @RequestBody(required = false) @Nullable IssueRequest request,
            @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        VisaFile file = decidable(id);
        if (file.status().decided()) {
            return response(file, locale);
        }
        LocalDate from = request == null ? null : request.validFrom();
        LocalDate until = request == null ? null : request.validUntil();
        String entries = request == null ? null : request.entries();
        String annotations = request == null || request.annotations() == null || request.annotations().isBlank()
                ? null : request.annotations().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null || from.isBefore(desk.today())) {
            problems.add(new FieldProblem("validFrom", "visa.decision.error.validFrom"));
        }
        if (until == null || from != null && (until.isBefore(from) || until.isAfter(from.plusDays(LONGEST_VISA_DAYS)))) {
            problems.add(new FieldProblem("validUntil", "visa.decision.error.validUntil"));
        }
        if (entries == null || java.util.Arrays.stream(IssuedVisa.Entries.values()).noneMatch(e -> e.name().equals(entries))) {
            problems.add(new FieldProblem("entries", "visa.decision.error.entries"));
        }
        if (annotations != null && annotations.length() > IssuedVisa.MAX_ANNOTATIONS) {
            problems.add(new FieldProblem("annotations", "visa.decision.error.annotations"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        desk.issue(id, new IssuedVisa(from, until, IssuedVisa.Entries.valueOf(entries), annotations), staff.username());
        return response(desk.any(id), locale);
    }

    @PostMapping(CONSULATE + FILE + "/refusal")
    @Operation(summary = "Refuses the visa on a ground code of the rulebook's refusal grounds, with an explanation; "
            + "a decided file answers with its decision")
    StaffFileResponse refusal(@PathVariable UUID id, @RequestBody(required = false) @Nullable RefusalRequest request,
            @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        VisaFile file = decidable(id);
        if (file.status().decided()) {
            return response(file, locale);
        }
        String ground = request == null ? null : request.ground();
        String explanation = request == null || request.explanation() == null || request.explanation().isBlank()
                ? null : request.explanation().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (ground == null || !desk.refusalGrounds().containsKey(ground)) {
            problems.add(new FieldProblem("ground", "visa.decision.error.ground"));
        }
        if (explanation != null && explanation.length() > VisaDecisionController.MAX_EXPLANATION) {
            problems.add(new FieldProblem("explanation", "visa.decision.error.explanation"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        desk.refuse(id, ground, explanation, staff.username());
        return response(desk.any(id), locale);
    }

    /** A file the consulate has to decide or has decided, as its decision page reads it; any other is a 404. */
    private VisaFile decidable(UUID id) {
        VisaFile file = desk.any(id);
        if (!file.status().withConsulate() && !file.status().decided()) {
            throw new VisaFileNotFoundException();
        }
        return file;
    }

    /** A file the consulate has had: to decide, waiting for documents, or decided. */
    private VisaFile consulates(UUID id) {
        VisaFile file = desk.any(id);
        if (!file.status().withConsulate() && !file.status().decided()
                && file.status() != VisaFileStatus.DOCUMENTS_REQUESTED) {
            throw new VisaFileNotFoundException();
        }
        return file;
    }

    // ---------------------------------------------------------------- shared

    private StaffFileResponse response(VisaFile file, Locale locale) {
        return new StaffFileResponse(file.id(), file.number(), file.category(), views.category(file.category(), locale),
                file.status().name(), views.status(file.status().name(), locale), file.centre(), file.appointmentOn(),
                file.handedInOn(), file.feePayment() == null ? null : file.feePayment().name(),
                file.passportReturn() == null ? null : file.passportReturn().name(), file.trackingReference(),
                views.decision(file, locale), file.authorityConsultedOn(), desk.earliestAfterConsultation(file),
                desk.timeline(file.id()).stream().map(e -> new EventResponse(
                        e.status().name(), e.actor().startsWith("staff:") ? "staff" : e.actor(), e.reason(), e.at()))
                        .toList());
    }

    /** A person of the file as the counter names them. */
    private String staffPerson(Person p, Locale locale) {
        return views.message(p.titleKey().replace("visa.file.person.", "visa.staff.person."), locale, p.childNumber());
    }

    private static InvalidRequestException invalid(String field, String code, Object... arguments) {
        return new InvalidRequestException(List.of(new FieldProblem(field, code, arguments)));
    }
}
