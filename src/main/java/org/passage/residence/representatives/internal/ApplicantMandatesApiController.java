package org.passage.residence.representatives.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.residence.ApiApplicants;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's side of mandates through the API: confirming a requested mandate with the code
 * mailed to the application's address, listing the application's mandates and revoking one (at
 * once: the representative's next call is refused on every node).
 */
@RestController
@Tag(name = "e-residence: mandates")
class ApplicantMandatesApiController {

    record Confirmation(@NotBlank @Size(max = 20) String code) {
    }

    record Confirmed(UUID mandateId, String applicationNumber, String state, String detail) {
    }

    record MandateJson(UUID mandateId, String representative, String state, List<String> scopes, LocalDate endsOn,
            Instant requestedAt, @Nullable Instant confirmedAt, @Nullable Instant revokedAt) {
    }

    private final MandateRequests mandates;
    private final org.passage.residence.representatives.RepresentativeActions actions;
    private final MessageSource messages;

    ApplicantMandatesApiController(MandateRequests mandates,
            org.passage.residence.representatives.RepresentativeActions actions, MessageSource messages) {
        this.mandates = mandates;
        this.actions = actions;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/residence/mandates/{mandateId}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confirm a mandate a representative asked for, with the one-time code mailed to the "
            + "application's address (at most 5 tries per code)")
    Confirmed confirm(@PathVariable String mandateId, @Valid @RequestBody Confirmation confirmation, Locale locale) {
        UUID id = uuid(mandateId);
        if (id == null || !mandates.confirm(id, confirmation.code())) {
            throw Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "representatives.problem.mandate-code-refused");
        }
        var mandate = mandates.find(id).orElseThrow();
        return new Confirmed(id, mandate.number().formatted(), mandate.state(mandates.today()).name(),
                messages.getMessage("representatives.mandate-confirmed", null, locale));
    }

    @GetMapping("/api/v1/residence/applications/{number}/mandates")
    @SecurityRequirement(name = ApiApplicants.BEARER_SCHEME)
    @Operation(summary = "The application's mandates with their representative and state")
    List<MandateJson> list(@AuthenticationPrincipal @Nullable ApplicantPrincipal applicant,
            @PathVariable String number, Locale locale) {
        ApplicationNumber own = ApiApplicants.own(applicant, number);
        return mandates.ofApplication(own).stream().map(m -> new MandateJson(m.id(),
                actions.describe(m.representative(), locale), m.state(mandates.today()).name(),
                m.scopes().stream().map(Enum::name).toList(), m.endsOn(), m.requestedAt(), m.confirmedAt(),
                m.revokedAt())).toList();
    }

    @DeleteMapping("/api/v1/residence/applications/{number}/mandates/{mandateId}")
    @SecurityRequirement(name = ApiApplicants.BEARER_SCHEME)
    @Operation(summary = "Revoke a mandate at once: the representative's next call for the application is refused")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal @Nullable ApplicantPrincipal applicant,
            @PathVariable String number, @PathVariable String mandateId) {
        ApplicationNumber own = ApiApplicants.own(applicant, number);
        UUID id = uuid(mandateId);
        if (id == null || !mandates.revoke(own, id)) {
            throw Problems.problem(HttpStatus.NOT_FOUND, "representatives.problem.mandate-not-found");
        }
        return ResponseEntity.noContent().build();
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return text != null && text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
