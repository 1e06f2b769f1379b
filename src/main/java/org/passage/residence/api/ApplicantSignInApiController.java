package org.passage.residence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.passage.ratelimit.RateLimitExceededException;
import org.passage.ratelimit.RateLimitResult;
import org.passage.ratelimit.RateLimiter;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.PassportNumber;
import org.passage.residence.ResidenceProperties;
import org.passage.residence.api.internal.ApplicationTokens;
import org.passage.residence.api.internal.IdempotentWrites;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.ResidenceApplication;
import org.passage.residence.web.ApplicationForms;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an applicant gets into the API: pre-register (a new draft; the one-time code goes to its
 * e-mail and mobile), or ask for a new code for an existing application; then exchange number,
 * passport number and code for a bearer token. Open to anyone, rate-limited like the pages.
 */
@RestController
@Tag(name = "e-residence: sign-in")
class ApplicantSignInApiController {

    /** The pre-registration form ("Ön Kayıt Formu"); the current permit only for an extension or a transfer. */
    record PreRegistrationRequest(@NotBlank @Size(max = 16) String applicationKind, String givenNames, String surname,
            LocalDate birthDate, String nationality, String passportNumber, LocalDate passportExpiry, String email,
            String mobile, String currentPermitType, LocalDate currentPermitValidUntil) {
    }

    record PreRegistered(String applicationNumber, String codeSentTo) {
    }

    record CodeRequest(@NotBlank @Size(max = 40) String applicationNumber,
            @NotBlank @Size(max = 40) String passportNumber) {
    }

    record CodeRequested(String detail) {
    }

    record TokenRequest(@NotBlank @Size(max = 40) String applicationNumber,
            @NotBlank @Size(max = 40) String passportNumber, @NotBlank @Size(max = 20) String code) {
    }

    record Token(String accessToken, String tokenType, long expiresIn, String applicationNumber) {
    }

    private final ApplicationJourney journey;
    private final ApplicationForms forms;
    private final ApplicationTokens tokens;
    private final RateLimiter rateLimiter;
    private final ResidenceProperties properties;
    private final MessageSource messages;
    private final IdempotentWrites idempotent;
    private final JsonMapper json;

    ApplicantSignInApiController(ApplicationJourney journey, ApplicationForms forms, ApplicationTokens tokens,
            RateLimiter rateLimiter, ResidenceProperties properties, MessageSource messages,
            IdempotentWrites idempotent, JsonMapper json) {
        this.idempotent = idempotent;
        this.json = json;
        this.journey = journey;
        this.forms = forms;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.messages = messages;
    }

    @PostMapping(path = ResidenceApiConfiguration.BASE + "/pre-registrations",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Pre-register a new application: a draft is made and a one-time code is sent to its "
            + "e-mail and mobile. Exchange the code at /tokens.")
    PreRegistered preRegister(@Valid @RequestBody PreRegistrationRequest request,
            @Parameter(description = "Optional: a key the client makes for this pre-registration; sent again with "
                    + "the same body it answers the same draft without a second code")
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            HttpServletRequest http, Locale locale) {
        if (!ApplicationForms.kinds().contains(request.applicationKind())) {
            throw ApiProblems.invalid(Map.of("applicationKind", messages.getMessage("problem.field.unknown-code",
                    new Object[] {request.applicationKind(), ApplicationForms.kinds()}, locale)));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("givenNames", request.givenNames());
        values.put("surname", request.surname());
        date(values, "birthDate", request.birthDate());
        values.put("nationality", request.nationality());
        values.put("passportNumber", request.passportNumber());
        date(values, "passportExpiry", request.passportExpiry());
        values.put("email", request.email());
        values.put("mobile", request.mobile());
        values.put("currentPermitType", request.currentPermitType());
        date(values, "currentPermitValidUntil", request.currentPermitValidUntil());
        values.values().removeIf(java.util.Objects::isNull);
        var typed = forms.preRegistration(request.applicationKind(), values, language(locale));
        if (!typed.problems().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            typed.problems().forEach((field, code) -> errors.put(field, messages.getMessage(code, null, code, locale)));
            throw ApiProblems.invalid(errors);
        }
        String passport = typed.identity().passportNumber().value();
        if (key == null) {
            return preRegister(request, typed, http, locale);
        }
        if (!ApiProblems.validIdempotencyKey(key)) {
            throw ApiProblems.invalid(Map.of("Idempotency-Key",
                    messages.getMessage("api.problem.idempotency-key", null, locale)));
        }
        switch (idempotent.claimPreRegistration(passport, key, json.writeValueAsString(request))) {
            case IdempotentWrites.Replay replay -> {
                // The same pre-registration sent again: its draft stands, and no second code is sent.
                ResidenceApplication draft = journey.load(new ApplicationNumber(replay.body()));
                return new PreRegistered(draft.number().formatted(), masked(draft.contact().email()));
            }
            case IdempotentWrites.OtherBody other ->
                throw ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.idempotency-key-reused");
            case IdempotentWrites.InProgress running ->
                throw ApiProblems.problem(HttpStatus.CONFLICT, "api.problem.idempotency-in-progress");
            case IdempotentWrites.Reserved reserved -> {
            }
        }
        ApplicationNumber made = null;
        try {
            PreRegistered registered = preRegister(request, typed, http, locale);
            made = ApplicationNumber.parseOrNull(registered.applicationNumber());
            return registered;
        } finally {
            idempotent.completePreRegistration(passport, key, made);
        }
    }

    private PreRegistered preRegister(PreRegistrationRequest request, ApplicationForms.PreRegistration typed,
            HttpServletRequest http, Locale locale) {
        limit("residence-pre-registration", http.getRemoteAddr(), properties.preRegistrationsPerAddressPerHour(),
                Duration.ofHours(1), locale);
        limit("residence-code-passport", typed.identity().passportNumber().value(),
                properties.codesPerPassportPerDay(), Duration.ofDays(1), locale);
        ResidenceApplication application = journey.preRegister(request.applicationKind(), typed.identity(),
                typed.contact(), typed.prefilledAnswers());
        return new PreRegistered(application.number().formatted(), masked(application.contact().email()));
    }

    /**
     * The same answer whether the number exists, the passport is wrong or all is right: the code is
     * sent only in the last case, so the call cannot be used to find applications.
     */
    @PostMapping(path = ResidenceApiConfiguration.BASE + "/codes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a new one-time code for an existing application (continue later)")
    CodeRequested sendCode(@Valid @RequestBody CodeRequest request, HttpServletRequest http, Locale locale) {
        ApplicationNumber number = number(request.applicationNumber());
        PassportNumber passport = passport(request.passportNumber());
        limit("residence-lookup", http.getRemoteAddr(), properties.lookupsPerAddressPerHour(), Duration.ofHours(1),
                locale);
        journey.identify(number, passport).ifPresent(found -> {
            if (rateLimiter.tryAcquire("residence-code-passport", passport.value(),
                    properties.codesPerPassportPerDay(), Duration.ofDays(1)).allowed()) {
                journey.sendCode(found.number());
            }
        });
        return new CodeRequested(messages.getMessage("api.code-requested", null, locale));
    }

    /**
     * A bearer token for the application, for its number, passport number and current one-time code.
     * A wrong passport never counts against the applicant's code, so knowing a number is not enough
     * to use the code up.
     */
    @PostMapping(path = ResidenceApiConfiguration.BASE + "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exchange the one-time code for a bearer token that opens the application for an hour")
    Token token(@Valid @RequestBody TokenRequest request, HttpServletRequest http, Locale locale) {
        ApplicationNumber number = number(request.applicationNumber());
        PassportNumber passport = passport(request.passportNumber());
        limit("residence-api-token", http.getRemoteAddr(), properties.lookupsPerAddressPerHour(),
                Duration.ofHours(1), locale);
        if (journey.identify(number, passport).isEmpty() || !journey.verifyCode(number, request.code())) {
            throw ApiProblems.problem(HttpStatus.UNAUTHORIZED, "api.problem.code-refused");
        }
        return new Token(tokens.issue(number), "Bearer", tokens.validity().toSeconds(), number.formatted());
    }

    private void limit(String bucket, String key, int allowed, Duration window, Locale locale) {
        RateLimitResult limit = rateLimiter.tryAcquire(bucket, key, allowed, window);
        if (!limit.allowed()) {
            throw new RateLimitExceededException(limit.retryAfter(), messages.getMessage("problem.rate-limited",
                    new Object[] {Math.max(1, limit.retryAfter().toSeconds())}, locale));
        }
    }

    private ApplicationNumber number(String text) {
        ApplicationNumber number = ApplicationNumber.parseOrNull(text);
        if (number == null) {
            throw ApiProblems.invalid(Map.of("applicationNumber", text("journey.error.application-number")));
        }
        return number;
    }

    private PassportNumber passport(String text) {
        PassportNumber passport = PassportNumber.parseOrNull(text);
        if (passport == null) {
            throw ApiProblems.invalid(Map.of("passportNumber", text("journey.error.passport-number")));
        }
        return passport;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private static void date(Map<String, String> values, String name, LocalDate date) {
        if (date != null) {
            values.put(name + "-day", String.valueOf(date.getDayOfMonth()));
            values.put(name + "-month", String.valueOf(date.getMonthValue()));
            values.put(name + "-year", String.valueOf(date.getYear()));
        }
    }

    /** An e-mail address as shown to the caller: its first letter and its domain. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at < 1 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }

    private static Locale language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "tr", "de" -> Locale.of(locale.getLanguage());
            default -> Locale.ENGLISH;
        };
    }
}
