package org.passage.visa.file.internal;

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
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.identity.ApiTokens;
import org.passage.rules.InvalidRequestException;
import org.passage.rules.InvalidRequestException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The applicant's own visa files as JSON: a one-time code sent to the e-mail address is exchanged
 * for a bearer token, which reads that address's files. Another's file, or none, is a 404.
 */
@RestController
class VisaFilesApiController {

    /** How long a token reads the address's files. */

    record SignInRequest(@NotBlank @Size(max = 254) String email) {
    }

    record TokenRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 20) String code) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    record FileSummary(UUID id, String number, String category, String status, @Nullable String centre,
            @Nullable LocalDate appointmentOn) {
    }

    /** One item; {@code mayBring} when the applicant may bring it instead of uploading, {@code bring} when they will. */
    record ItemResponse(String person, String code, String title, boolean required, int uploads, String citation,
            boolean mayBring, boolean bring) {
    }

    record GapResponse(@Nullable String person, String title, String citation) {
    }

    record EventResponse(String status, Instant at, @Nullable String reason) {
    }

    record FileResponse(UUID id, String number, String category, String status, String statusTitle,
            @Nullable String centre, @Nullable LocalDate appointmentOn, @Nullable LocalDate handedInOn,
            @Nullable String refusalReason, String rulebookVersion, List<ItemResponse> items, List<GapResponse> gaps,
            VisaFileViews.@Nullable TimelineView timeline, List<EventResponse> events, List<FeeResponse> fees,
            java.math.BigDecimal totalFeesEur, VisaFileViews.@Nullable DecisionView decision) {
    }

    /** The fee of one person of the file: the person as the reader's language names them. */
    record FeeResponse(String person, java.math.BigDecimal amountEur, boolean exempt) {
    }

    private final VisaSignIns signIns;
    private final ApiTokens tokens;
    private final VisaFileDesk desk;
    private final VisaFileViews views;
    private final MessageSource messages;
    private final Duration tokenValidity;
    private final VisaFilePdfs pdfs;

    VisaFilesApiController(VisaSignIns signIns, ApiTokens tokens, VisaFileDesk desk, VisaFileViews views,
            MessageSource messages, VisaApiProperties properties, VisaFilePdfs pdfs) {
        this.pdfs = pdfs;
        this.tokenValidity = properties.tokenValidity();
        this.signIns = signIns;
        this.tokens = tokens;
        this.desk = desk;
        this.views = views;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/visa/sign-in", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends a one-time code to the e-mail address that owns the visa files")
    void signIn(@Valid @RequestBody SignInRequest request, HttpServletRequest http, Locale locale) {
        if (!VisaSignIns.isEmail(request.email())) {
            throw new InvalidRequestException(List.of(new FieldProblem("email", "visa.file.sign-in.email.invalid")));
        }
        if (!signIns.sendCode(request.email(), locale, http.getRemoteAddr())) {
            throw problem(HttpStatus.TOO_MANY_REQUESTS, "visa.file.sign-in.too-many", locale);
        }
    }

    @PostMapping(path = "/api/v1/visa/sign-in/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exchanges the one-time code for a bearer token of the e-mail address, valid for an hour")
    TokenResponse token(@Valid @RequestBody TokenRequest request, Locale locale) {
        if (!VisaSignIns.isEmail(request.email()) || !signIns.verify(request.email(), request.code())) {
            throw problem(HttpStatus.UNAUTHORIZED, "visa.file.sign-in.code.wrong", locale);
        }
        ApiTokens.Issued issued = tokens.issue(VisaSignIns.subject(request.email()), tokenValidity);
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @GetMapping("/api/v1/visa/files")
    @Operation(summary = "The visa files of the signed-in applicant, newest first")
    List<FileSummary> files(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            Locale locale) {
        String email = email(authorization, locale);
        return desk.ofApplicant(email).stream().map(f -> new FileSummary(f.id(), f.number(), f.category(),
                f.status().name(), f.centre(), f.appointmentOn())).toList();
    }

    @GetMapping("/api/v1/visa/files/{id}")
    @Operation(summary = "One visa file of the signed-in applicant: items per person, what is missing, timeline, "
            + "the decision and the passport's return")
    FileResponse file(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization, Locale locale) {
        VisaFile file = desk.own(email(authorization, locale), id);
        VisaFileViews.CoverView cover = views.cover(file, locale);
        List<ItemResponse> items = views.persons(file, null, null, locale).stream()
                .flatMap(p -> p.items().stream().map(i -> new ItemResponse(p.key(), i.code(), i.title(), i.required(),
                        i.uploads().size(), i.citation(), i.mayBring(), i.bring())))
                .toList();
        List<GapResponse> gaps = file.status() == org.passage.visa.file.VisaFileStatus.DRAFT
                ? views.gaps(file, desk.today(), locale).stream()
                        .map(g -> new GapResponse(g.person(), g.title(), g.citation())).toList()
                : List.of();
        return new FileResponse(file.id(), file.number(), file.category(), file.status().name(),
                views.status(file.status().name(), locale), file.centre(), file.appointmentOn(), file.handedInOn(),
                file.refusalReason(), file.rulebookVersion(), items, gaps, views.timeline(file),
                desk.timeline(file.id()).stream().map(e -> new EventResponse(e.status().name(), e.at(), e.reason()))
                        .toList(),
                cover.fees().stream().map(f -> new FeeResponse(f.person(), f.amountEur(), f.exempt())).toList(),
                cover.total(), views.decision(file, locale));
    }

    @GetMapping("/api/v1/visa/files/{id}/cover.pdf")
    @Operation(summary = "The cover sheet of the applicant's file: documents per person, copies, fees, QR code")
    ResponseEntity<byte[]> cover(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization, Locale locale) {
        VisaFile file = desk.own(email(authorization, locale), id);
        return pdf(pdfs.cover(file, VisaFileLinks.filePage(file.id()), locale));
    }

    @GetMapping("/api/v1/visa/files/{id}/receipt.pdf")
    @Operation(summary = "The receipt of the fees paid at the centre; 404 before they are paid")
    ResponseEntity<byte[]> receipt(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization, Locale locale) {
        VisaFile file = desk.own(email(authorization, locale), id);
        return pdf(pdfs.receipt(file, locale));
    }

    private static ResponseEntity<byte[]> pdf(byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(org.springframework.http.CacheControl.noStore()).body(content);
    }

    private String email(@Nullable String authorization, Locale locale) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).strip()
                : null;
        return tokens.resolve(token).flatMap(subject -> subject.keyOf(VisaSignIns.PURPOSE))
                .orElseThrow(() -> problem(HttpStatus.UNAUTHORIZED, "visa.file.api.unauthorized", locale));
    }

    private ErrorResponseException problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        return new ErrorResponseException(status, problem, null);
    }
}
