package org.passage.oauth.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditActor;
import org.passage.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator registers a system client for the officers' API, bound to an officer's staff
 * account; the answer shows the client secret, once (only its hash is stored).
 */
@RestController
@Tag(name = "Administration: OAuth2 system clients")
@SecurityScheme(name = SystemClientsController.ADMIN, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "An administrator's staff user name and password.")
@SecurityRequirement(name = SystemClientsController.ADMIN)
class SystemClientsController {

    static final String PATH = "/api/v1/admin/oauth-clients";
    static final String ADMIN = "admin-basic";

    record Registration(@Nullable String name, @Nullable String staffAccount) {
    }

    private final SystemClients clients;
    private final MessageSource messages;

    SystemClientsController(SystemClients clients, MessageSource messages) {
        this.clients = clients;
        this.messages = messages;
    }

    @Operation(summary = "Register a system client (client credentials, scope directorate.cases) acting as an "
            + "officer's staff account; the secret is shown only in this answer")
    @PostMapping(PATH)
    ResponseEntity<SystemClients.Registered> register(@AuthenticationPrincipal StaffPrincipal admin,
            @RequestBody Registration registration, Locale locale) {
        String name = registration.name() == null ? "" : registration.name().strip();
        String account = registration.staffAccount() == null ? "" : registration.staffAccount().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw problem(HttpStatus.BAD_REQUEST, "name", "oauth.problem.name", locale);
        }
        if (account.isEmpty() || account.length() > 200) {
            throw problem(HttpStatus.BAD_REQUEST, "staffAccount", "oauth.problem.staff-account", locale);
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(clients.register(AuditActor.staff(admin.username()), name, account));
        } catch (SystemClients.NotAnOfficerException e) {
            throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "staffAccount", "oauth.problem.not-an-officer", locale);
        }
    }

    private ErrorResponseException problem(HttpStatus status, String field, String key, Locale locale) {
        String message = messages.getMessage(key, null, locale);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, message);
        body.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return new ErrorResponseException(status, body, null) {
            @Override
            public String getTitleMessageCode() {
                return "error." + status.value() + ".title";
            }
        };
    }
}
