package org.passage.residence.representatives.internal;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The representatives' API problems (RFC 9457), their details from the message bundle in the caller's language. */
final class Problems {

    private Problems() {
    }

    static ErrorResponseException problem(HttpStatus status, String key, Object... arguments) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, key, arguments) {
            @Override
            public String getTitleMessageCode() {
                return "error." + status.value() + ".title";
            }
        };
    }

    /** A 400 naming one field; the message is the key's text. */
    static ErrorResponseException invalid(String field, String message) {
        ErrorResponseException e = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        e.getBody().setProperty("errors", java.util.List.of(Map.of("field", field, "message", message)));
        return e;
    }
}
