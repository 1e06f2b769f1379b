package org.passage.residence;

import io.swagger.v3.oas.annotations.Operation;
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
import org.passage.ratelimit.RateLimitExceededException;
import org.passage.ratelimit.RateLimitResult;
import org.passage.ratelimit.RateLimiter;
import org.passage.residence.application.ApplicationStatuses;
import org.passage.rules.InvalidRequestException.FieldProblem;
import org.passage.rules.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/residence/status}: an application's status by its number and passport number.
 * "No such application" and "wrong passport" get the same 404, and calls are rate-limited per
 * network address, so the endpoint cannot be used to find applications.
 */
@RestController
class ResidenceStatusApiController {

    record StatusRequest(@NotBlank @Size(max = 40) String applicationNumber,
            @NotBlank @Size(max = 40) String passportNumber) {
    }

    record StatusResponse(String applicationNumber, String state, String stateTitle, String applicationKind,
            String permitType, Instant submittedAt, Integer maxValidityMonths, LocalDate validUntil,
            Map<String, Object> sections) {
    }

    private final ApplicationStatuses statuses;
    private final RateLimiter rateLimiter;
    private final ResidenceProperties properties;
    private final MessageSource messages;

    ResidenceStatusApiController(ApplicationStatuses statuses, RateLimiter rateLimiter,
            ResidenceProperties properties, MessageSource messages) {
        this.statuses = statuses;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/residence/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The status of an e-residence application: state, appointment, payment, missing documents, decision")
    StatusResponse status(@Valid @RequestBody StatusRequest request, HttpServletRequest http, Locale locale) {
        ApplicationNumber number = ApplicationNumber.parseOrNull(request.applicationNumber());
        PassportNumber passport = PassportNumber.parseOrNull(request.passportNumber());
        if (number == null || passport == null) {
            throw new InvalidRequestException(List.of(
                    number == null ? new FieldProblem("applicationNumber", "journey.error.application-number")
                            : new FieldProblem("passportNumber", "journey.error.passport-number")));
        }
        RateLimitResult limit = rateLimiter.tryAcquire("residence-lookup", http.getRemoteAddr(),
                properties.lookupsPerAddressPerHour(), Duration.ofHours(1));
        if (!limit.allowed()) {
            throw new RateLimitExceededException(limit.retryAfter(), messages.getMessage("problem.rate-limited",
                    new Object[] {Math.max(1, limit.retryAfter().toSeconds())}, locale));
        }
        var status = statuses.find(number, passport, locale).orElseThrow(() -> notFound(locale));
        return new StatusResponse(status.number().formatted(), status.state().name(),
                messages.getMessage("journey.state." + status.state(), null, locale), status.applicationKind(),
                status.permitType(), status.submittedAt(), status.maxValidityMonths(), status.validUntil(),
                status.sectionData());
    }

    private ErrorResponseException notFound(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("journey.error.not-found", null, locale));
        problem.setTitle(messages.getMessage("journey.status.not-found.title", null, locale));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
