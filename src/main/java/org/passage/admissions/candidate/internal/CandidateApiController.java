package org.passage.admissions.candidate.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.AdmissionTransition;
import org.passage.admissions.desk.Intake;
import org.passage.admissions.desk.ProgrammeOffer;
import org.passage.identity.ApiTokens;
import org.passage.identity.CodeSubject;
import org.passage.rules.InvalidRequestException;
import org.passage.rules.InvalidRequestException.FieldProblem;
import org.passage.ratelimit.RateLimiter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate's own applications as JSON ({@code /api/v1/admissions/candidate/**}): the one-time
 * code of the pages' sign-in, sent to the e-mail address, is exchanged for a bearer token of that
 * address (module identity's {@link ApiTokens}, as the visa and residence APIs do), which reads the
 * address's applications with their state and, when rejected or closed, the cited ground. Another
 * candidate's application is a 404 exactly like an unknown one; every error is a problem detail.
 */
@RestController
@Tag(name = "Admission candidate", description = "A candidate's own applications to a university")
class CandidateApiController {

    static final String BASE = "/api/v1/admissions/candidate";
    /** What a candidate's API token opens: the applications of one e-mail address. */
    static final String PURPOSE = "candidate";

    record CodeRequest(@NotBlank @Size(max = 254) String email) {
    }

    record TokenRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 20) String code) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn, Instant expiresAt) {
    }

    /** A rejection's or closure's ground: the rulebook's refusal code and its title with the public source. */
    record Ground(@Nullable String code, String text) {
    }

    record Step(Instant at, String state, String stateTitle) {
    }

    record Application(String number, String university, String universityName, String intake, String intakeName,
            String programme, String programmeName, int preference, String state, String stateTitle,
            @Nullable Instant submittedAt, @Nullable Ground ground, boolean canAnswerOffer,
            @Nullable LocalDate respondBy, @Nullable String studentNumber) {
    }

    record ApplicationDetail(Application application, List<Step> history) {
    }

    private final CandidateJourney journey;
    private final AdmissionApplications applications;
    private final ApiTokens tokens;
    private final RateLimiter rateLimiter;
    private final CandidateSignInProperties properties;
    private final MessageSource messages;

    CandidateApiController(CandidateJourney journey, AdmissionApplications applications, ApiTokens tokens,
            RateLimiter rateLimiter, CandidateSignInProperties properties, MessageSource messages) {
        this.journey = journey;
        this.applications = applications;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.messages = messages;
    }

    @PostMapping(path = BASE + "/codes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends a one-time code to the candidate's e-mail address (the pages' sign-in and its limits)")
    @ApiResponse(responseCode = "202", description = "The code is on its way")
    @ApiResponse(responseCode = "400", description = "Not an e-mail address")
    @ApiResponse(responseCode = "429", description = "Too many sign-ins from this address or codes for this e-mail")
    void sendCode(@Valid @RequestBody CodeRequest request, HttpServletRequest http, Locale locale) {
        String email = email(request.email());
        if (!signInAllowed(http) || !rateLimiter.tryAcquire("admission-candidate-code", email,
                properties.codesPerEmailPerDay(), Duration.ofDays(1)).allowed()) {
            throw problem(HttpStatus.TOO_MANY_REQUESTS, "admission.candidate.error.too-many", locale);
        }
        journey.sendCode(email, locale);
    }

    @PostMapping(path = BASE + "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exchanges the one-time code for a bearer token of the candidate's applications")
    @ApiResponse(responseCode = "201", description = "The token, valid for passage.admissions.candidate.api-token-validity")
    @ApiResponse(responseCode = "401", description = "The code is wrong, used or expired")
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http, Locale locale) {
        String email = email(request.email());
        if (!signInAllowed(http)) {
            throw problem(HttpStatus.TOO_MANY_REQUESTS, "admission.candidate.error.too-many", locale);
        }
        if (!journey.verify(email, request.code().strip())) {
            throw problem(HttpStatus.UNAUTHORIZED, "admission.candidate.error.code", locale);
        }
        ApiTokens.Issued issued = tokens.issue(CodeSubject.of(PURPOSE, email), properties.apiTokenValidity());
        return new TokenResponse(issued.token(), "Bearer", properties.apiTokenValidity().toSeconds(),
                issued.expiresAt());
    }

    @GetMapping(BASE + "/applications")
    @Operation(summary = "The signed-in candidate's applications, every intake, each programme with its state")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    List<Application> list(@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION,
            required = false) @Nullable String authorization, Locale locale) {
        String email = candidate(authorization, locale);
        return applications.ofCandidate(email).stream().map(a -> view(a, locale)).toList();
    }

    @GetMapping(BASE + "/applications/{number}")
    @Operation(summary = "One of the signed-in candidate's applications with the dates of its states; "
            + "another's is not found")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "404", description = "No application of the candidate with this number")
    ApplicationDetail one(@PathVariable String number, @Parameter(hidden = true) @RequestHeader(
            name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization, Locale locale) {
        CandidatePrincipal candidate = new CandidatePrincipal(candidate(authorization, locale));
        AdmissionNumber parsed;
        try {
            parsed = new AdmissionNumber(number);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.NOT_FOUND, "admission.candidate.api.not-found", locale);
        }
        AdmissionApplication application = journey.application(parsed, candidate)
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "admission.candidate.api.not-found", locale));
        List<Step> history = applications.history(application.number()).stream()
                .filter(t -> t.from() != t.to())
                .map(t -> new Step(t.at(), t.to().name(), stateTitle(t.to(), locale))).toList();
        return new ApplicationDetail(view(application, locale), history);
    }

    private Application view(AdmissionApplication a, Locale locale) {
        Optional<Intake> intake = journey.intake(a.university(), a.intake());
        Map<String, ProgrammeOffer> offers = intake.map(journey::offers).orElse(List.of()).stream()
                .collect(Collectors.toMap(ProgrammeOffer::code, Function.identity()));
        String programmeName = Optional.ofNullable(offers.get(a.programme())).map(o -> o.name().in(locale))
                .orElse(a.programme());
        String groundText = journey.ground(a, locale);
        Ground ground = groundText == null ? null : new Ground(groundCode(a), groundText);
        LocalDate today = journey.today();
        return new Application(a.number().value(), a.university(), journey.universityName(a.university(), locale),
                a.intake(), intake.map(i -> intakeName(i, locale)).orElse(a.intake()), a.programme(), programmeName,
                a.preference(), a.state().name(), stateTitle(a.state(), locale), a.submittedAt(), ground,
                a.state() == AdmissionState.ADMITTED && intake.map(i -> i.answerableOn(today)).orElse(false),
                a.state() == AdmissionState.ADMITTED ? intake.map(Intake::respondBy).orElse(null) : null,
                a.studentNumber());
    }

    private @Nullable String groundCode(AdmissionApplication application) {
        List<AdmissionTransition> history = applications.history(application.number());
        return history.isEmpty() ? null : history.getLast().ground();
    }

    private String stateTitle(AdmissionState state, Locale locale) {
        return messages.getMessage("admissions.desk.state." + state.name(), null, locale);
    }

    private String intakeName(Intake intake, Locale locale) {
        return messages.getMessage("admission.candidate.intake.name", new Object[] {
            messages.getMessage("admission.candidate.term." + intake.term().name(), null, locale),
            String.valueOf(intake.academicYear()), String.valueOf(intake.academicYear() + 1)}, locale);
    }

    private boolean signInAllowed(HttpServletRequest http) {
        return rateLimiter.tryAcquire("admission-candidate-sign-in", http.getRemoteAddr(),
                properties.signInsPerAddressPerHour(), Duration.ofHours(1)).allowed();
    }

    private static String email(String typed) {
        String email = CandidateJourney.email(typed);
        if (email == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("email", "admission.candidate.error.email")));
        }
        return email;
    }

    /** The e-mail address the bearer token opens; 401 without a live candidate token. */
    private String candidate(@Nullable String authorization, Locale locale) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : null;
        return tokens.resolve(token).flatMap(subject -> subject.keyOf(PURPOSE)).orElseThrow(() -> {
            ErrorResponseException e = problem(HttpStatus.UNAUTHORIZED, "admission.candidate.api.unauthorized",
                    locale);
            e.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return e;
        });
    }

    private ErrorResponseException problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        return new ErrorResponseException(status, problem, null);
    }
}
