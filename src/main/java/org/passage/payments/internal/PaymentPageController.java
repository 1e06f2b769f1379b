package org.passage.payments.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.passage.payments.AccrualNumber;
import org.passage.payments.PaymentProvider;
import org.passage.pdf.PdfRenderer;
import org.passage.residence.ApplicantPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The signed-in applicant's payment: {@code /payments} shows the accrual and its fee lines with
 * their sources and a "Pay" button while unpaid; {@code POST /payments/pay} sends the browser to the
 * provider; {@code /payments/receipt} is the receipt PDF once paid. Only the application's own
 * applicant gets any of it: anyone else gets 404, as for an accrual that does not exist.
 */
@Controller
class PaymentPageController {

    private final AccrualService accrualService;
    private final Accruals accruals;
    private final PaymentProvider provider;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Receipts receipts;

    PaymentPageController(AccrualService accrualService, Accruals accruals, PaymentProvider provider, PdfRenderer pdf,
            MessageSource messages, Receipts receipts) {
        this.receipts = receipts;
        this.accrualService = accrualService;
        this.accruals = accruals;
        this.provider = provider;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/payments")
    String overview(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(name = "outcome", required = false) String outcome, CsrfToken csrf, Model model,
            Locale locale) {
        Accrual accrual = ownAccrual(applicant);
        // The fee table comes before the form: its token must exist before the response is committed.
        csrf.getToken();
        model.addAttribute("accrual", view(accrual, locale));
        if ("declined".equals(outcome) && !accrual.paid()) {
            model.addAttribute("notice", "payments.notice.declined");
        }
        return "payments/overview";
    }

    @PostMapping("/payments/pay")
    String pay(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(name = "accrualNumber", required = false) String number, CsrfToken csrf, Model model,
            Locale locale, HttpServletResponse response) {
        Accrual accrual = ownAccrual(applicant);
        AccrualNumber asked = AccrualNumber.parseOrNull(number);
        if (asked == null || !asked.equals(accrual.number())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (accrual.paid()) {
            return "redirect:/payments";
        }
        if (!accrual.fee().complete()) {
            // The year's amount is not known yet: a clear page, not an invented amount.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            csrf.getToken();
            model.addAttribute("accrual", view(accrual, locale));
            model.addAttribute("notice", "payments.notice.fee-unknown");
            return "payments/overview";
        }
        URI returnUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/payments").build().toUri();
        URI page = provider.start(new PaymentProvider.Order(accrual.number(), accrual.amount().orElseThrow(), locale,
                returnUrl));
        return "redirect:" + page;
    }

    @GetMapping("/payments/receipt")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal ApplicantPrincipal applicant, Locale locale) {
        Accrual accrual = ownAccrual(applicant);
        if (!accrual.paid()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] document = receipts.render(accrual, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("receipt-" + accrual.number().value() + ".pdf").build().toString())
                .body(document);
    }

    private Accrual ownAccrual(ApplicantPrincipal applicant) {
        if (applicant == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return accrualService.current(applicant.applicationNumber())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AccrualView view(Accrual accrual, Locale locale) {
        return AccrualView.of(accrual, accruals.paymentOf(accrual.number()), locale, messages);
    }
}
