package org.passage.payments.internal;

import org.passage.pdf.PdfResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.passage.residence.ApiApplicants;
import org.passage.residence.ApplicantPrincipal;


import org.springframework.http.HttpStatus;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment receipt through the API (PDF, in the caller's language), the same receipt as on the
 * payment page. Only the application's applicant, or a representative under a live mandate to pay;
 * another application is 404 like an unknown one, and so is an accrual not paid yet.
 */
@RestController
@Tag(name = "e-residence: payment")
@SecurityRequirement(name = ApiApplicants.BEARER_SCHEME)
class ReceiptApiController {

    private final AccrualService accrualService;
    private final Receipts receipts;

    ReceiptApiController(AccrualService accrualService, Receipts receipts) {
        this.accrualService = accrualService;
        this.receipts = receipts;
    }

    @GetMapping("/api/v1/residence/applications/{number}/receipt")
    @Operation(summary = "The payment receipt (PDF); 404 until the accrual is paid")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number,
            Locale locale) {
        Accrual accrual = accrualService.current(ApiApplicants.own(applicant, number))
                .orElseThrow(ApiApplicants::notFound);
        if (!accrual.paid()) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
                    "payments.api.not-paid", null);
        }
        return PdfResponses.inline("receipt-" + accrual.number().value() + ".pdf", receipts.render(accrual, locale));
    }
}
