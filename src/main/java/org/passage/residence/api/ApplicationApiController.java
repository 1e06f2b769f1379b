package org.passage.residence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.forms.Answers;
import org.passage.forms.FieldKind;
import org.passage.forms.Question;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApiApplicants;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.api.internal.IdempotentWrites;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.ApplicationStatuses;
import org.passage.residence.application.ResidenceApplication;
import org.passage.residence.application.Submission;
import org.passage.residence.application.SubmissionBlockedException;
import org.passage.residence.web.ApplicationForms;
import org.passage.residence.representatives.MandateScope;
import org.passage.residence.representatives.Mandates;
import org.passage.residence.representatives.OnBehalfOf;
import org.passage.rules.Citation;
import org.passage.rules.Severity;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicant's own application through the API: its overview, the form's pages (the same
 * questions and validation as the pages, from the one form engine), submitting and the status.
 * Only the application of the caller's bearer token is ever read or changed; any other number is
 * 404, like an unknown one.
 */
@RestController
@RequestMapping(ResidenceApiConfiguration.BASE + "/applications/{number}")
@Tag(name = "e-residence: application")
@SecurityRequirement(name = ResidenceApiConfiguration.BEARER)
class ApplicationApiController {

    private static final String SUBMIT = "submit";
    /** The status section of the decision (see ReviewStatusContributor). */
    private static final String DECISION_SECTION = "decision";

    record Overview(String applicationNumber, String state, String stateTitle, String applicationKind,
            List<String> pages, String nextPage, boolean formComplete) {
    }

    record Option(String code, String title) {
    }

    record QuestionJson(String name, String kind, boolean required, List<Option> options) {
    }

    record FormPage(String page, List<QuestionJson> questions, Map<String, String> answers) {
    }

    /** A page's answers, each a string: codes, {@code YES}/{@code NO}, ISO dates, numbers as {@code 1234.5}. */
    record PageAnswers(Map<String, String> answers) {
    }

    record Answered(String nextPage, boolean formComplete) {
    }

    record SubmitRequest(Boolean confirmWithoutDocuments) {
    }

    record FindingJson(String code, String severity, String message, String citation) {
    }

    record Submitted(String applicationNumber, String state, Instant submittedAt, String permitType,
            Integer maxValidityMonths, LocalDate validUntil, String rulebookVersion, List<FindingJson> findings,
            List<String> checklist) {
    }

    record StatusJson(String applicationNumber, String state, String stateTitle, String applicationKind,
            String permitType, Instant submittedAt, Integer maxValidityMonths, LocalDate validUntil,
            Map<String, Object> sections) {
    }

    private final ApplicationJourney journey;
    private final ApplicationForms forms;
    private final ApplicationStatuses statuses;
    private final IdempotentWrites idempotent;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Mandates mandates;

    ApplicationApiController(ApplicationJourney journey, ApplicationForms forms, ApplicationStatuses statuses,
            IdempotentWrites idempotent, MessageSource messages, JsonMapper json, Mandates mandates) {
        this.mandates = mandates;
        this.journey = journey;
        this.forms = forms;
        this.statuses = statuses;
        this.idempotent = idempotent;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The application: its state, the pages of its form and the next page to answer")
    Overview overview(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number, Locale locale) {
        ResidenceApplication application = journey.load(ApiApplicants.own(applicant, number));
        boolean draft = application.state() == ApplicationState.DRAFT;
        return new Overview(application.number().formatted(), application.state().name(),
                messages.getMessage("journey.state." + application.state(), null, locale),
                application.applicationKind(), draft ? forms.pages(application) : List.of(),
                forms.next(application).orElse(null), forms.isComplete(application));
    }

    @GetMapping("/form/{page}")
    @Operation(summary = "One page of the form: its questions (with the codes a choice takes) and the answers so far")
    FormPage page(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number, @PathVariable String page, Locale locale) {
        ResidenceApplication application = draft(applicant, number);
        requireAsked(application, page);
        Answers answers = new Answers();
        application.answers().forEach(answers::put);
        Map<String, String> values = new LinkedHashMap<>();
        List<QuestionJson> questions = forms.questions(application, page, locale).stream().map(q -> {
            String value = q.kind().equals(FieldKind.DATE.name()) ? isoDate(q.name(), answers) : answers.get(q.name());
            if (value != null) {
                values.put(q.name(), value);
            }
            return new QuestionJson(q.name(), q.kind(), q.required(), q.options().entrySet().stream()
                    .map(e -> new Option(e.getKey(), e.getValue())).toList());
        }).toList();
        return new FormPage(page, questions, values);
    }

    @PutMapping(path = "/form/{page}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer one page of the form; a 400 problem names each wrong answer as answers.<name>")
    Answered answer(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number, @PathVariable String page,
            @RequestBody PageAnswers body, Locale locale) {
        ResidenceApplication application = draft(applicant, number);
        requireAsked(application, page);
        Map<String, String> given = body.answers() == null ? Map.of() : body.answers();
        Map<String, String> kinds = new LinkedHashMap<>();
        forms.questions(application, page, locale).forEach(q -> kinds.put(q.name(), q.kind()));
        Map<String, String> errors = new LinkedHashMap<>();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        given.forEach((name, value) -> {
            if (!kinds.containsKey(name)) {
                errors.put("answers." + name, messages.getMessage("problem.field.unknown", null, locale));
            } else if (value == null) {
                return;
            } else if (kinds.get(name).equals(FieldKind.DATE.name())) {
                try {
                    LocalDate date = LocalDate.parse(value.strip());
                    form.add(name + Question.DAY, String.valueOf(date.getDayOfMonth()));
                    form.add(name + Question.MONTH, String.valueOf(date.getMonthValue()));
                    form.add(name + Question.YEAR, String.valueOf(date.getYear()));
                } catch (DateTimeParseException e) {
                    errors.put("answers." + name, messages.getMessage("checklist.error.date", null, locale));
                }
            } else {
                form.add(name, value);
            }
        });
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
        Map<String, String> problems = forms.answer(application, page, form, Locale.ENGLISH, locale);
        if (!problems.isEmpty()) {
            Map<String, String> named = new LinkedHashMap<>();
            problems.forEach((field, message) -> named.put("answers." + field, message));
            throw ApiProblems.invalid(named);
        }
        ResidenceApplication saved = journey.load(application.number());
        return new Answered(forms.next(saved).orElse(null), forms.isComplete(saved));
    }

    /**
     * Submits the application once: the same {@code Idempotency-Key} with the same body returns the
     * first result again; with another body it is refused.
     */
    @PostMapping(path = "/submission")
    @Operation(summary = "Submit the application (idempotent by the Idempotency-Key header)")
    ResponseEntity<String> submit(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number,
            @Parameter(description = "A key the client makes for this submission, 1 to 255 printable characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody(required = false) SubmitRequest body, Locale locale) {
        ApplicationNumber own = ApiApplicants.own(applicant, number);
        if (!ApiProblems.validIdempotencyKey(key)) {
            throw ApiProblems.invalid(Map.of("Idempotency-Key",
                    messages.getMessage("api.problem.idempotency-key", null, locale)));
        }
        boolean confirm = body != null && Boolean.TRUE.equals(body.confirmWithoutDocuments());
        IdempotentWrites.Claim claim = idempotent.claim(own, SUBMIT, key, "confirmWithoutDocuments=" + confirm);
        switch (claim) {
            case IdempotentWrites.Replay replay -> {
                return ResponseEntity.status(replay.status()).contentType(MediaType.APPLICATION_JSON)
                        .body(replay.body());
            }
            case IdempotentWrites.OtherBody other ->
                throw ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.idempotency-key-reused");
            case IdempotentWrites.InProgress running ->
                throw ApiProblems.problem(HttpStatus.CONFLICT, "api.problem.idempotency-in-progress");
            case IdempotentWrites.Reserved reserved -> {
            }
        }
        try {
            String result = json.writeValueAsString(submit(own, confirm, locale));
            idempotent.complete(own, SUBMIT, key, HttpStatus.OK.value(), result);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
        } catch (RuntimeException e) {
            idempotent.release(own, SUBMIT, key);
            throw e;
        }
    }

    private Submitted submit(ApplicationNumber number, boolean confirmWithoutDocuments, Locale locale) {
        ResidenceApplication application = journey.load(number);
        if (application.state() != ApplicationState.DRAFT) {
            throw ApiProblems.problem(HttpStatus.CONFLICT, "api.problem.not-a-draft");
        }
        Optional<String> next = forms.next(application);
        if (next.isPresent()) {
            throw ApiProblems.withList(HttpStatus.CONFLICT, "api.problem.form-incomplete", "nextPage",
                    List.of(next.get()));
        }
        List<String> without = forms.withoutUpload(application, locale);
        if (!without.isEmpty() && !confirmWithoutDocuments) {
            var problem = ApiProblems.invalid(Map.of("confirmWithoutDocuments",
                    messages.getMessage("api.problem.without-documents", null, locale)));
            problem.getBody().setProperty("itemsWithoutUpload", without);
            throw problem;
        }
        try {
            journey.submit(number, forms.request(application), Actor.applicant(number));
        } catch (SubmissionBlockedException e) {
            throw ApiProblems.withList(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.blocked", "findings",
                    e.assessment().findings().stream().filter(f -> f.severity() == Severity.BLOCKING)
                            .map(f -> new FindingJson(f.code(), f.severity().name(), f.message().in(locale),
                                    messages.getMessage("checklist.citation", new Object[] {
                                        f.citation().sourceIn(locale), f.citation().section()}, locale)))
                            .toList());
        } catch (OptimisticLockingFailureException | ApplicationStateException e) {
            throw ApiProblems.problem(HttpStatus.CONFLICT, "api.problem.not-a-draft");
        }
        ResidenceApplication submitted = journey.load(number);
        Submission s = submitted.submission();
        return new Submitted(number.formatted(), submitted.state().name(), s.submittedAt(), s.permitType(),
                s.maxValidityMonths(), s.validUntil(), s.rulebookVersion(),
                s.assessment().findings().stream().map(f -> new FindingJson(f.code(), f.severity(),
                        f.message().in(locale), messages.getMessage("checklist.citation",
                                new Object[] {new Citation(f.citationSource(), f.citationSection(),
                                        f.citationDocument()).sourceIn(locale), f.citationSection()}, locale)))
                        .toList(),
                s.assessment().checklist().stream().map(item -> item.code()).toList());
    }

    @GetMapping("/status")
    @Operation(summary = "The status: state, appointment, payment, missing documents, decision")
    StatusJson status(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number, Locale locale) {
        var status = statuses.find(ApiApplicants.own(applicant, number), locale).orElseThrow(ApiApplicants::notFound);
        Map<String, Object> sections = status.sectionData();
        if (!decisionsVisible()) {
            sections = new LinkedHashMap<>(sections);
            sections.remove(DECISION_SECTION);
        }
        return new StatusJson(status.number().formatted(), status.state().name(),
                messages.getMessage("journey.state." + status.state(), null, locale), status.applicationKind(),
                status.permitType(), status.submittedAt(), status.maxValidityMonths(), status.validUntil(),
                sections);
    }

    /**
     * Whether this call may see the decision: the applicant always, a representative only under a live
     * mandate to receive decisions.
     */
    private boolean decisionsVisible() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getDetails() instanceof OnBehalfOf acting)) {
            return true;
        }
        return mandates.access(acting.representative(), acting.number(), EnumSet.of(MandateScope.RECEIVE_DECISIONS),
                false) instanceof Mandates.Granted;
    }

    private ResidenceApplication draft(@AuthenticationPrincipal ApplicantPrincipal applicant, String number) {
        ResidenceApplication application = journey.load(ApiApplicants.own(applicant, number));
        if (application.state() != ApplicationState.DRAFT) {
            throw ApiProblems.problem(HttpStatus.CONFLICT, "api.problem.not-a-draft");
        }
        return application;
    }

    private void requireAsked(ResidenceApplication application, String page) {
        if (!forms.applies(application, page)) {
            throw ApiProblems.problem(HttpStatus.NOT_FOUND, "api.problem.page-not-asked");
        }
    }

    private static String isoDate(String name, Answers answers) {
        try {
            return LocalDate.of(Integer.parseInt(answers.get(name + Question.YEAR)),
                    Integer.parseInt(answers.get(name + Question.MONTH)),
                    Integer.parseInt(answers.get(name + Question.DAY))).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
