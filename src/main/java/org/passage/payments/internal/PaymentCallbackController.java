package org.passage.payments.internal;

import java.util.Map;
import org.passage.payments.internal.CallbackSignature.Verdict;
import org.passage.payments.internal.PaymentCallbacks.Callback;
import org.passage.payments.internal.PaymentCallbacks.Outcome;
import org.passage.payments.internal.PaymentsConfiguration.PaymentsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/payments/callback}: the provider's server-to-server report of a payment. The
 * signature is checked over the raw bytes before anything is parsed; a missing, forged or stale
 * one is answered 401 and logged, and nothing is recorded.
 */
@RestController
class PaymentCallbackController {

    private static final Logger log = LoggerFactory.getLogger(PaymentCallbackController.class);
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final CallbackSignature signature;
    private final PaymentCallbacks callbacks;
    private final PaymentsProperties properties;
    private final MessageSource messages;

    PaymentCallbackController(CallbackSignature signature, PaymentCallbacks callbacks, PaymentsProperties properties,
            MessageSource messages) {
        this.signature = signature;
        this.callbacks = callbacks;
        this.properties = properties;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/payments/callback", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> callback(@RequestHeader(name = CallbackSignature.TIMESTAMP, required = false) String timestamp,
            @RequestHeader(name = CallbackSignature.SIGNATURE, required = false) String signed,
            @RequestBody byte[] body) {
        Verdict verdict = signature.verify(timestamp, signed, body);
        if (verdict != Verdict.VALID) {
            log.warn("Payment callback refused: signature {}", verdict);
            throw problem(HttpStatus.UNAUTHORIZED, "payments.problem.signature." + verdict.name().toLowerCase());
        }
        Callback callback;
        try {
            callback = STRICT.readValue(body, Callback.class);
        } catch (JacksonException e) {
            throw problem(HttpStatus.BAD_REQUEST, "payments.problem.callback-malformed");
        }
        if (!callback.wellFormed()) {
            throw problem(HttpStatus.BAD_REQUEST, "payments.problem.callback-malformed");
        }
        Outcome outcome = callbacks.record(properties.provider(), callback);
        if (outcome == Outcome.FLAGGED) {
            ErrorResponseException flagged = problem(HttpStatus.UNPROCESSABLE_CONTENT, "payments.problem.flagged");
            flagged.getBody().setProperty("result", outcome.name());
            throw flagged;
        }
        return Map.of("result", outcome.name());
    }

    private ErrorResponseException problem(HttpStatus status, String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        return new ErrorResponseException(status, problem, null);
    }
}
