package org.passage.residence.representatives.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.identity.ApiTokens;
import org.passage.ratelimit.RateLimitExceededException;
import org.passage.ratelimit.RateLimitResult;
import org.passage.ratelimit.RateLimiter;
import org.passage.residence.ApiSignInRequiredException;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.PassportNumber;
import org.passage.residence.representatives.MandateScope;
import org.passage.residence.representatives.RepresentativeKind;
import org.passage.residence.representatives.RepresentativePrincipal;
import org.passage.residence.representatives.RepresentativeTokens;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The representatives' own API: registering with an e-mail address and a one-time code, a bearer
 * token once an administrator verified them, asking applicants for mandates and listing them.
 * With the token the representative calls {@code /api/v1/residence/applications/{number}/…} for
 * the applications their live mandates cover.
 */
@RestController
@RequestMapping("/api/v1/representatives")
@Tag(name = "e-residence: representatives")
class RepresentativeApiController {

    private static final int CALLS_PER_ADDRESS_PER_HOUR = 30;

    record Registration(@NotNull RepresentativeKind kind, @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email, @Size(max = 40) @Nullable String barRegistrationNumber) {
    }

    record CodeRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    record TokenRequest(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 20) String code) {
    }

    record Accepted(String detail) {
    }

    record Token(String accessToken, String tokenType, long expiresIn, UUID representativeId) {
    }

    record Me(UUID id, String kind, String name, String email, @Nullable String barRegistrationNumber,
            boolean verified) {
    }

    record MandateRequest(@NotBlank @Size(max = 40) String applicationNumber,
            @NotBlank @Size(max = 40) String passportNumber, @NotEmpty Set<MandateScope> scopes,
            @NotNull LocalDate endsOn) {
    }

    record MandateJson(UUID mandateId, String applicationNumber, String state, List<String> scopes, LocalDate endsOn,
            Instant requestedAt, @Nullable Instant confirmedAt, @Nullable Instant revokedAt) {
    }

    private final RepresentativeAccounts accounts;
    private final MandateRequests mandates;
    private final RepresentativeTokens tokens;
    private final RateLimiter rateLimiter;
    private final MessageSource messages;

    RepresentativeApiController(RepresentativeAccounts accounts, MandateRequests mandates,
            RepresentativeTokens tokens, RateLimiter rateLimiter, MessageSource messages) {
        this.accounts = accounts;
        this.mandates = mandates;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.messages = messages;
    }

    @PostMapping(path = "/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Register as a representative (LAWYER with barRegistrationNumber, LEGAL_REPRESENTATIVE, "
            + "ORGANISATION): a one-time code goes to the e-mail address; an administrator verifies the account")
    Accepted register(@Valid @RequestBody Registration registration, HttpServletRequest http, Locale locale) {
        if (registration.kind() == RepresentativeKind.LAWYER && (registration.barRegistrationNumber() == null
                || registration.barRegistrationNumber().isBlank())) {
            throw Problems.invalid("barRegistrationNumber",
                    messages.getMessage("representatives.problem.bar-number", null, locale));
        }
        limit(http, locale);
        accounts.register(registration.kind(), registration.name(), registration.email(),
                registration.kind() == RepresentativeKind.LAWYER ? registration.barRegistrationNumber() : null,
                language(locale));
        return new Accepted(messages.getMessage("representatives.code-sent", null, locale));
    }

    @PostMapping(path = "/codes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a new one-time code to a registered representative's address (the same answer for any address)")
    Accepted code(@Valid @RequestBody CodeRequest request, HttpServletRequest http, Locale locale) {
        limit(http, locale);
        accounts.sendCode(request.email(), language(locale));
        return new Accepted(messages.getMessage("representatives.code-sent", null, locale));
    }

    @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exchange the one-time code for a bearer token (an hour); 403 until an administrator "
            + "verified the representative")
    Token token(@Valid @RequestBody TokenRequest request, HttpServletRequest http, Locale locale) {
        limit(http, locale);
        var account = accounts.signIn(request.email(), request.code())
                .orElseThrow(() -> Problems.problem(HttpStatus.UNAUTHORIZED, "representatives.problem.code-refused"));
        if (!account.verified()) {
            throw Problems.problem(HttpStatus.FORBIDDEN, "representatives.problem.not-verified");
        }
        ApiTokens.Issued issued = tokens.issue(account.id());
        return new Token(issued.token(), "Bearer", RepresentativeTokens.VALIDITY.toSeconds(), account.id());
    }

    @GetMapping("/me")
    @SecurityRequirement(name = RepresentativesConfiguration.BEARER)
    @Operation(summary = "The representative the token stands for")
    Me me(@AuthenticationPrincipal @Nullable RepresentativePrincipal representative) {
        var account = accounts.byId(require(representative).id()).orElseThrow(ApiSignInRequiredException::new);
        return new Me(account.id(), account.kind().name(), account.name(), account.email(),
                account.barRegistrationNumber(), account.verified());
    }

    @PostMapping(path = "/mandates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @SecurityRequirement(name = RepresentativesConfiguration.BEARER)
    @Operation(summary = "Ask the applicant of an application (its number and passport number) for a mandate "
            + "with these scopes until endsOn; the applicant confirms it with the code mailed to the application's "
            + "address at POST /api/v1/residence/mandates/{mandateId}/confirmation")
    MandateJson request(@AuthenticationPrincipal @Nullable RepresentativePrincipal representative,
            @Valid @RequestBody MandateRequest request, HttpServletRequest http, Locale locale) {
        UUID id = require(representative).id();
        ApplicationNumber number = ApplicationNumber.parseOrNull(request.applicationNumber());
        if (number == null) {
            throw Problems.invalid("applicationNumber", messages.getMessage("journey.error.application-number",
                    null, locale));
        }
        PassportNumber passport = PassportNumber.parseOrNull(request.passportNumber());
        if (passport == null) {
            throw Problems.invalid("passportNumber", messages.getMessage("journey.error.passport-number", null,
                    locale));
        }
        if (!request.endsOn().isAfter(mandates.today()) || request.endsOn().isAfter(mandates.today().plusYears(2))) {
            throw Problems.invalid("endsOn", messages.getMessage("representatives.problem.ends-on", null, locale));
        }
        limit(http, locale);
        var made = mandates.request(id, number, passport, EnumSet.copyOf(request.scopes()), request.endsOn())
                .orElseThrow(() -> Problems.problem(HttpStatus.NOT_FOUND, "representatives.problem.no-application"));
        return json(made);
    }

    @GetMapping("/mandates")
    @SecurityRequirement(name = RepresentativesConfiguration.BEARER)
    @Operation(summary = "The representative's mandates with their state (REQUESTED, LIVE, EXPIRED, REVOKED)")
    List<MandateJson> mandates(@AuthenticationPrincipal @Nullable RepresentativePrincipal representative) {
        return mandates.ofRepresentative(require(representative).id()).stream().map(this::json).toList();
    }

    private MandateJson json(MandateRequests.Mandate m) {
        return new MandateJson(m.id(), m.number().formatted(), m.state(mandates.today()).name(),
                m.scopes().stream().map(Enum::name).toList(), m.endsOn(), m.requestedAt(), m.confirmedAt(),
                m.revokedAt());
    }

    /** The representative of a live token who is (still) verified; 401 otherwise. */
    private RepresentativePrincipal require(@Nullable RepresentativePrincipal representative) {
        if (representative == null || accounts.byId(representative.id()).filter(a -> a.verified()).isEmpty()) {
            throw new ApiSignInRequiredException();
        }
        return representative;
    }

    private void limit(HttpServletRequest http, Locale locale) {
        RateLimitResult result = rateLimiter.tryAcquire("representative-api-address", http.getRemoteAddr(),
                CALLS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1));
        if (!result.allowed()) {
            throw new RateLimitExceededException(result.retryAfter(), messages.getMessage("problem.rate-limited",
                    new Object[] {Math.max(1, result.retryAfter().toSeconds())}, locale));
        }
    }

    private static Locale language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "tr", "de" -> Locale.of(locale.getLanguage());
            default -> Locale.ENGLISH;
        };
    }
}
