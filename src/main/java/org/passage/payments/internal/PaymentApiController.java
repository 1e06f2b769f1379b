package org.passage.payments.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passage.payments.PaymentProvider;
import org.passage.residence.ApiApplicants;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The applicant's payment through the API, from the same accrual as the payment page: the accrual
 * number with its fee lines and their sources, and starting a payment (the provider's page to send
 * the applicant to). Only the applicant whose bearer token opens the application may call it; any
 * other application is 404, as is one without an accrual (not yet submitted).
 */
@RestController
@RequestMapping("/api/v1/residence/applications/{number}/payment")
@Tag(name = "e-residence: payment")
@SecurityRequirement(name = ApiApplicants.BEARER_SCHEME)
class PaymentApiController {

    /** One fee line; {@code amountTry} is null while the year's figure is not known. */
    record LineJson(String item, String title, @Nullable Integer months, @Nullable BigDecimal amountTry,
            String source, @Nullable String exemption, String citation, boolean missing) {
    }

    record AccrualJson(String accrualNumber, String applicationNumber, List<LineJson> lines,
            @Nullable BigDecimal totalTry, boolean complete, boolean paid, @Nullable Instant paidAt) {
    }

    record Started(URI redirectUrl) {
    }

    private final AccrualService accrualService;
    private final PaymentProvider provider;
    private final MessageSource messages;

    PaymentApiController(AccrualService accrualService, PaymentProvider provider, MessageSource messages) {
        this.accrualService = accrualService;
        this.provider = provider;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The accrual: its number, fee lines with their sources, total and whether it is paid")
    AccrualJson accrual(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number,
            Locale locale) {
        Accrual accrual = accrual(ApiApplicants.own(applicant, number));
        return new AccrualJson(accrual.number().formatted(), accrual.application().formatted(),
                accrual.fee().lines().stream().map(line -> new LineJson(line.item(), line.title().in(locale),
                        line.months(), line.amount(),
                        line.source().name(), line.exemption() == null ? null : line.exemption().in(locale),
                        line.citationSourceIn(locale) + ", " + line.citationSection(), line.missing())).toList(),
                accrual.amount().map(m -> m.amount()).orElse(null), accrual.fee().complete(), accrual.paid(),
                accrual.paidAt().orElse(null));
    }

    @PostMapping
    @Operation(summary = "Start paying the accrual: the answer is the provider's page to send the applicant to")
    Started pay(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number, Locale locale) {
        Accrual accrual = accrual(ApiApplicants.own(applicant, number));
        if (accrual.paid()) {
            throw problem(HttpStatus.CONFLICT, "payments.api.already-paid");
        }
        if (!accrual.fee().complete()) {
            throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "payments.notice.fee-unknown");
        }
        URI returnUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/payments").build().toUri();
        return new Started(provider.start(new PaymentProvider.Order(accrual.number(), accrual.amount().orElseThrow(),
                locale, returnUrl)));
    }

    private Accrual accrual(ApplicationNumber number) {
        return accrualService.current(number).orElseThrow(ApiApplicants::notFound);
    }

    private static ErrorResponseException problem(HttpStatus status, String key) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, key, null);
    }
}
