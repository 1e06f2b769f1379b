package org.passage.directorate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passage.directorate.ChecklistMarks.Mark;
import org.passage.oauth.OfficerBearerTokens;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.ApplicationSummary;
import org.passage.residence.CaseFile;
import org.passage.residence.CaseQuery;
import org.passage.residence.ChecklistItem;
import org.passage.residence.Decision;
import org.passage.residence.IssuedPermit;
import org.passage.residence.MissingDocuments;
import org.passage.residence.ReviewRefusedException;
import org.passage.residence.api.internal.IdempotentWrites;
import org.passage.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officer's review through the API: the queue, the case, attendance, checklist marks, the
 * request for missing documents and the decision. Every call goes through the same {@link Casework}
 * methods as the pages ({@link OfficerController}), so it is scoped to the officer's provinces (any
 * other case is 404, like an unknown one) and leaves the same audit entries. Staff sign in on each
 * call with HTTP Basic, through the same limited and audited sign-in as the pages. A write sent with
 * an {@code Idempotency-Key} returns its first result when sent again with the same body.
 */
@RestController
@RequestMapping(OfficerApiController.BASE)
@Tag(name = "Directorate: officer's review")
@SecurityScheme(name = OfficerApiController.STAFF, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A staff account's user name and password; officers for the directorate, "
                + "VISA_CENTRE or CONSULATE for the visa staff's operations.")
@SecurityRequirement(name = OfficerApiController.STAFF)
@SecurityRequirement(name = OfficerBearerTokens.OPENAPI_SCHEME, scopes = OfficerBearerTokens.CASES)
class OfficerApiController {

    static final String BASE = "/api/v1/directorate";
    static final String STAFF = "staff-basic";
    private static final int QUEUE_SIZE = 200;
    private static final int LONGEST_TEXT = 2000;

    record QueueEntry(String applicationNumber, String state, String permitType, String givenNames, String surname,
            String passportNumber, @Nullable LocalDate appointmentDate, @Nullable String appointmentProvince) {
    }

    record Applicant(String surname, String givenNames, LocalDate birthDate, String nationality, String passportNumber,
            String email, @Nullable String mobile, String language) {
    }

    record FindingJson(String code, String severity, String message, String citation) {
    }

    record DocumentJson(String id, String fileName, String mediaType, long size, Instant uploadedAt) {
    }

    record ItemJson(String code, String title, boolean onRequest, String citation, @Nullable String mark,
            List<DocumentJson> documents) {
    }

    record GapJson(String item, String kind) {
    }

    record RequestJson(List<String> items, LocalDate dueDate, @Nullable String note, Instant requestedAt,
            @Nullable Instant completedAt) {
    }

    record PermitJson(String permitNumber, LocalDate validFrom, @Nullable LocalDate validUntil,
            @Nullable String shorteningReason) {
    }

    record DecisionJson(String outcome, List<String> grounds, @Nullable String explanation, Instant decidedAt,
            String decidedBy, @Nullable PermitJson permit) {
    }

    record GroundJson(String code, String title, String citation) {
    }

    record EventJson(Instant at, String actorKind, @Nullable String actorId, String action, @Nullable String from,
            String to, @Nullable String reason) {
    }

    record CaseJson(String applicationNumber, String state, String stateTitle, Applicant applicant,
            String applicationKind, String permitType, @Nullable LocalDate applicationDate,
            @Nullable Integer requestedMonths, @Nullable Integer maxValidityMonths, String rulebookVersion,
            @Nullable LocalDate appointmentDate, @Nullable String appointmentProvince, List<FindingJson> findings,
            List<ItemJson> checklist, List<GapJson> gaps, List<RequestJson> missingDocumentRequests,
            @Nullable DecisionJson decision, @Nullable LocalDate validityLimit, @Nullable LocalDate standardValidUntil,
            List<GroundJson> refusalGrounds, List<String> actions, List<EventJson> history) {
    }

    /** The case's state after an action. */
    record Done(String applicationNumber, String state) {
    }

    record RescheduleRequest(LocalDate date, String reason) {
    }

    /** {@code RECEIVED}, {@code MISSING} or {@code NOT_VALID}. */
    record MarkRequest(String mark) {
    }

    record Marked(String applicationNumber, List<String> items, String mark) {
    }

    record MissingDocumentsRequest(List<String> items, Integer businessDays, String note) {
    }

    record Requested(String applicationNumber, String state, List<String> items, LocalDate dueDate) {
    }

    /** {@code validUntil} is left out for an indefinite permit; {@code gapReason} when items are not in order. */
    record ApprovalRequest(LocalDate validFrom, LocalDate validUntil, String shorteningReason, String gapReason) {
    }

    record Approved(String applicationNumber, String state, String permitNumber, LocalDate validFrom,
            @Nullable LocalDate validUntil) {
    }

    record RejectionRequest(List<String> grounds, String explanation) {
    }

    private final Casework casework;
    private final ApplicationReviews reviews;
    private final IdempotentWrites idempotent;
    private final MessageSource messages;
    private final JsonMapper json;

    OfficerApiController(Casework casework, ApplicationReviews reviews, IdempotentWrites idempotent,
            MessageSource messages, JsonMapper json) {
        this.casework = casework;
        this.reviews = reviews;
        this.idempotent = idempotent;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/cases")
    @Operation(summary = "The officer's queue: the cases booked at their provinces, by default those waiting for "
            + "the directorate; state (a state code or ALL), permitType and q (application or passport number) filter it")
    List<QueueEntry> queue(@AuthenticationPrincipal StaffPrincipal officer,
            @RequestParam(required = false) String state, @RequestParam(required = false) String permitType,
            @RequestParam(required = false) String q, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean everyState = CasePages.EVERY_STATE.equals(state);
        ApplicationState chosen = null;
        if (state != null && !state.isBlank() && !everyState) {
            try {
                chosen = ApplicationState.valueOf(state);
            } catch (IllegalArgumentException e) {
                errors.put("state", text("directorate.api.problem.state", locale));
            }
        }
        String type = permitType == null || permitType.isBlank() ? null : permitType.strip();
        if (type != null && !type.matches("[A-Z_]{1,40}")) {
            errors.put("permitType", text("directorate.api.problem.permit-type", locale));
        }
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && (search.length() > 40 || search.chars().anyMatch(Character::isISOControl))) {
            errors.put("q", text("directorate.api.problem.search", locale));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return casework.queue(officer, new CaseQuery(officer.provinces(), chosen, type, search, QUEUE_SIZE, everyState))
                .stream().map(c -> new QueueEntry(c.number().value(), c.state().name(), c.permitType(), c.givenNames(),
                        c.surname(), c.passportNumber().value(), c.appointmentDate(),
                        c.appointmentProvince() == null ? null : c.appointmentProvince().value()))
                .toList();
    }

    @GetMapping("/cases/{number}")
    @Operation(summary = "The case: applicant, checklist with uploads and marks, findings, requests, decision, "
            + "refusal grounds to choose from, the actions its state allows, history")
    CaseJson showCase(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number, Locale locale) {
        return view(casework.open(officer, CaseRequests.number(number)), locale);
    }

    @GetMapping("/cases/{number}/documents/{document}")
    @Operation(summary = "An uploaded document of the case, as a download")
    ResponseEntity<InputStreamResource> document(@AuthenticationPrincipal StaffPrincipal officer,
            @PathVariable String number, @PathVariable String document) throws IOException {
        return CaseRequests.download(casework, officer, number, document);
    }

    @GetMapping("/cases/{number}/decision-letter")
    @Operation(summary = "The decision letter of a decided case (PDF)")
    ResponseEntity<byte[]> decisionLetter(@AuthenticationPrincipal StaffPrincipal officer,
            @PathVariable String number) {
        ApplicationNumber application = CaseRequests.number(number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("decision-" + application.value() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(casework.decisionLetter(officer, application));
    }

    @PostMapping("/cases/{number}/attended")
    @Operation(summary = "The applicant came (on the appointment's day): the review starts")
    ResponseEntity<String> attended(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @Parameter(description = "Optional: a key the client makes for this action, 1 to 255 printable characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        return write(officer, application, "officer-attended", key, "", locale, () -> {
            casework.attended(officer, application);
            return done(application);
        });
    }

    @PostMapping("/cases/{number}/no-show")
    @Operation(summary = "The applicant did not come without a valid reason: the application counts as never made")
    ResponseEntity<String> noShow(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        return write(officer, application, "officer-no-show", key, "", locale, () -> {
            casework.noShow(officer, application);
            return done(application);
        });
    }

    @PostMapping(path = "/cases/{number}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The applicant missed the day for a valid reason: a new date at the same directorate")
    ResponseEntity<String> reschedule(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody RescheduleRequest body, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Map<String, String> errors = new LinkedHashMap<>();
        if (body.date() == null) {
            errors.put("date", text("directorate.error.date", locale));
        }
        requireText(errors, "reason", body.reason(), locale);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return write(officer, application, "officer-reschedule", key, json.writeValueAsString(body), locale, () -> {
            casework.reschedule(officer, application, body.date(), body.reason());
            return done(application);
        });
    }

    @PutMapping(path = "/cases/{number}/checklist/{item}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Marks a checklist item RECEIVED, MISSING or NOT_VALID (while the case is reviewed)")
    ResponseEntity<String> mark(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @PathVariable String item, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody MarkRequest body, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Mark mark = CaseRequests.mark(body.mark());
        if (mark == null) {
            throw invalid(Map.of("mark", text("directorate.error.mark", locale)));
        }
        return write(officer, application, "officer-mark", key, item + "\n" + mark, locale, () -> {
            casework.mark(officer, application, item, mark);
            return new Marked(application.value(), List.of(item), mark.name());
        });
    }

    @PostMapping("/cases/{number}/checklist/received")
    @Operation(summary = "Marks every checklist item not marked yet as received; the marks given stay")
    ResponseEntity<String> markAllReceived(@AuthenticationPrincipal StaffPrincipal officer,
            @PathVariable String number, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        return write(officer, application, "officer-items-received", key, "", locale,
                () -> new Marked(application.value(), casework.markAllReceived(officer, application),
                        Mark.RECEIVED.name()));
    }

    @PostMapping(path = "/cases/{number}/missing-documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Asks the applicant for checklist items, due in 1 to 60 business days, with a note")
    ResponseEntity<String> missingDocuments(@AuthenticationPrincipal StaffPrincipal officer,
            @PathVariable String number, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody MissingDocumentsRequest body, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Map<String, String> errors = new LinkedHashMap<>();
        if (body.businessDays() == null) {
            errors.put("businessDays", text("directorate.error.business-days", locale));
        }
        List<String> items = body.items() == null ? List.of() : body.items();
        if (items.size() > 100 || items.stream().anyMatch(i -> i == null || i.length() > 100)) {
            errors.put("items", text("directorate.refused.NOT_ON_CHECKLIST", locale));
        }
        optionalText(errors, "note", body.note(), locale);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return write(officer, application, "officer-missing-documents", key, json.writeValueAsString(body), locale,
                () -> {
                    MissingDocuments request = casework.requestMissingDocuments(officer, application, items,
                            body.businessDays(), body.note());
                    return new Requested(application.value(), state(application), request.items(), request.dueDate());
                });
    }

    @PostMapping(path = "/cases/{number}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approves the case and issues the permit, valid at most as long as the rules allow; a "
            + "shorter validity needs shorteningReason, checklist items not in order need gapReason")
    ResponseEntity<String> approve(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody ApprovalRequest body, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Map<String, String> errors = new LinkedHashMap<>();
        if (body.validFrom() == null) {
            errors.put("validFrom", text("directorate.error.date", locale));
        }
        optionalText(errors, "shorteningReason", body.shorteningReason(), locale);
        optionalText(errors, "gapReason", body.gapReason(), locale);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return write(officer, application, "officer-approve", key, json.writeValueAsString(body), locale, () -> {
            IssuedPermit permit = casework.approve(officer, application, body.validFrom(), body.validUntil(),
                    body.shorteningReason(), body.gapReason());
            return new Approved(application.value(), state(application), permit.number().formatted(),
                    permit.validFrom(), permit.validUntil());
        });
    }

    @PostMapping(path = "/cases/{number}/rejection", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refuses the case on one or more of its refusal grounds (see the case's refusalGrounds), "
            + "with the officer's explanation")
    ResponseEntity<String> reject(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody RejectionRequest body, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> grounds = body.grounds() == null ? List.of() : body.grounds();
        if (grounds.size() > 100 || grounds.stream().anyMatch(g -> g == null || g.length() > 100)) {
            errors.put("grounds", text("directorate.refused.UNKNOWN_GROUND", locale));
        }
        optionalText(errors, "explanation", body.explanation(), locale);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return write(officer, application, "officer-reject", key, json.writeValueAsString(body), locale, () -> {
            casework.reject(officer, application, grounds, body.explanation());
            return done(application);
        });
    }

    /**
     * Runs an action of the officer on a case they may see and answers its result as JSON. With an
     * {@code Idempotency-Key}, the first result is kept and given again for the same key, officer and
     * body; refusals free the key. Refusals are problems: 422 with the reason, 409 for the state.
     */
    private ResponseEntity<String> write(StaffPrincipal officer, ApplicationNumber number, String operation,
            @Nullable String key, String request, Locale locale, Supplier<Object> action) {
        casework.requireVisible(officer, number);
        if (key == null) {
            return ok(json.writeValueAsString(refusalsAsProblems(action, locale)));
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw invalid(Map.of("Idempotency-Key", text("api.problem.idempotency-key", locale)));
        }
        // The officer is part of what the key stands for: another officer's key is never replayed.
        switch (idempotent.claim(number, operation, key, officer.username() + "\n" + request)) {
            case IdempotentWrites.Replay replay -> {
                return ResponseEntity.status(replay.status()).contentType(MediaType.APPLICATION_JSON)
                        .body(replay.body());
            }
            case IdempotentWrites.OtherBody other ->
                throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.idempotency-key-reused");
            case IdempotentWrites.InProgress running ->
                throw problem(HttpStatus.CONFLICT, "api.problem.idempotency-in-progress");
            case IdempotentWrites.Reserved reserved -> {
            }
        }
        try {
            String result = json.writeValueAsString(refusalsAsProblems(action, locale));
            idempotent.complete(number, operation, key, HttpStatus.OK.value(), result);
            return ok(result);
        } catch (RuntimeException e) {
            idempotent.release(number, operation, key);
            throw e;
        }
    }

    private Object refusalsAsProblems(Supplier<Object> action, Locale locale) {
        try {
            return action.get();
        } catch (ReviewRefusedException e) {
            ErrorResponseException problem = invalid(Map.of(field(e.reason()),
                    text("directorate.refused." + e.reason(), locale)), HttpStatus.UNPROCESSABLE_CONTENT);
            problem.getBody().setProperty("reason", e.reason().name());
            if (!e.codes().isEmpty()) {
                problem.getBody().setProperty("codes", e.codes());
            }
            throw problem;
        } catch (ApplicationStateException e) {
            throw problem(HttpStatus.CONFLICT, "directorate.error.state",
                    text("journey.state." + e.state(), locale));
        } catch (OptimisticLockingFailureException e) {
            throw problem(HttpStatus.CONFLICT, "directorate.api.problem.changed");
        }
    }

    private CaseJson view(Casework.Case work, Locale locale) {
        CaseFile file = work.file();
        ApplicationSummary s = file.summary();
        ApplicationState state = s.state();
        List<ItemJson> items = s.checklist().stream().map(item -> {
            Mark mark = work.marks().get(item.code());
            return new ItemJson(item.code(), item.title().in(locale), item.onRequest(), citation(item, locale),
                    mark == null ? null : mark.name(),
                    file.documents().stream().filter(d -> d.itemCode().equals(item.code()))
                            .map(d -> new DocumentJson(d.documentId().toString(), d.fileName(), d.mediaType(),
                                    d.size(), d.uploadedAt())).toList());
        }).toList();
        List<String> actions = new ArrayList<>();
        if (state == ApplicationState.APPOINTMENT_BOOKED) {
            actions.addAll(List.of("attended", "no-show", "reschedule"));
        }
        if (state == ApplicationState.UNDER_REVIEW || state == ApplicationState.MISSING_DOCUMENTS) {
            actions.add("mark");
        }
        if (state == ApplicationState.UNDER_REVIEW) {
            actions.addAll(List.of("missing-documents", "approval", "rejection"));
        }
        Decision decision = file.decision();
        return new CaseJson(s.number().value(), state.name(), text("journey.state." + state, locale),
                new Applicant(s.surname(), s.givenNames(), s.birthDate(), s.nationality(), s.passportNumber().value(),
                        s.contact().email(), s.contact().mobile(), s.contact().language().toLanguageTag()),
                s.applicationKind(), s.permitType(), s.applicationDate(), s.requestedMonths(), s.maxValidityMonths(),
                s.rulebookVersion(), file.appointmentDate(),
                file.appointmentProvince() == null ? null : file.appointmentProvince().value(),
                file.findings().stream().map(f -> new FindingJson(f.code(), f.severity(), f.message().in(locale),
                        text("checklist.citation", locale, f.citationSourceIn(locale), f.citationSection()))).toList(),
                items,
                Casework.gaps(file, work.marks()).stream().map(g -> new GapJson(g.item(), g.kind())).toList(),
                file.missingDocumentRequests().stream().map(r -> new RequestJson(r.items(), r.dueDate(), r.note(),
                        r.requestedAt(), r.completedAt())).toList(),
                decision == null ? null : new DecisionJson(decision.outcome().name(), decision.grounds(),
                        decision.explanation(), decision.decidedAt(),
                        decision.decidedBy().kind() + " " + decision.decidedBy().id(),
                        decision.permit() == null ? null : new PermitJson(decision.permit().number().formatted(),
                                decision.permit().validFrom(), decision.permit().validUntil(),
                                decision.permit().shorteningReason())),
                file.validityLimit(), file.standardValidUntil(),
                reviews.officerGrounds().values().stream().filter(g -> g.appliesTo(s.permitType()))
                        .map(g -> new GroundJson(g.code(), g.title().in(locale), text("checklist.citation", locale,
                                g.citation().sourceIn(locale), g.citation().section()))).toList(),
                actions,
                file.history().stream().map(e -> new EventJson(e.at(), e.actor().kind().name(), e.actor().id(),
                        e.action(), e.from() == null ? null : e.from().name(), e.to().name(), e.reason())).toList());
    }

    private String citation(ChecklistItem item, Locale locale) {
        return text("checklist.citation", locale, item.citationSourceIn(locale), item.citationSection());
    }

    private Done done(ApplicationNumber number) {
        return new Done(number.value(), state(number));
    }

    private String state(ApplicationNumber number) {
        return reviews.caseFile(number).map(f -> f.summary().state().name()).orElseThrow();
    }

    /** The request's field a refusal is about. */
    private static String field(ReviewRefusedException.Reason reason) {
        return switch (reason) {
            case NO_ITEMS, NOT_ON_CHECKLIST, DOCUMENTS_NOT_UPLOADED -> "items";
            case DUE_DATE -> "businessDays";
            case NOTE_TOO_LONG -> "note";
            case VALID_FROM_BEFORE_APPLICATION -> "validFrom";
            case VALID_UNTIL_BEFORE_VALID_FROM, VALIDITY_TOO_LONG, VALIDITY_REQUIRED, INDEFINITE_PERMIT -> "validUntil";
            case SHORTENING_REASON_REQUIRED -> "shorteningReason";
            case NO_GROUNDS, UNKNOWN_GROUND -> "grounds";
            case EXPLANATION_REQUIRED -> "explanation";
            case REASON_REQUIRED -> "reason";
            case GAPS_REASON_REQUIRED -> "gapReason";
            case TEXT_TOO_LONG, INVISIBLE_CHARACTERS -> "";
        };
    }

    private void requireText(Map<String, String> errors, String field, @Nullable String value, Locale locale) {
        if (value == null || value.isBlank()) {
            errors.put(field, text("directorate.refused.REASON_REQUIRED", locale));
        } else {
            optionalText(errors, field, value, locale);
        }
    }

    private void optionalText(Map<String, String> errors, String field, @Nullable String value, Locale locale) {
        if (value != null && (value.length() > LONGEST_TEXT || value.indexOf('\u0000') >= 0)) {
            errors.put(field, text("directorate.refused.TEXT_TOO_LONG", locale));
        }
    }



    private static ResponseEntity<String> ok(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static ErrorResponseException invalid(Map<String, String> errors) {
        return invalid(errors, HttpStatus.BAD_REQUEST);
    }

    /** A problem naming its fields, as the residence API's: {@code errors} of {@code field} and {@code message}. */
    private static ErrorResponseException invalid(Map<String, String> errors, HttpStatus status) {
        ErrorResponseException e = problem(status, "problem.invalid-input");
        e.getBody().setProperty("errors", errors.entrySet().stream()
                .map(entry -> Map.of("field", entry.getKey(), "message", entry.getValue())).toList());
        return e;
    }

    private static ErrorResponseException problem(HttpStatus status, String key, Object... arguments) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, key, arguments) {
            @Override
            public String getTitleMessageCode() {
                return "error." + status.value() + ".title";
            }
        };
    }
}
