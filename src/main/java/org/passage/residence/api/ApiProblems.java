package org.passage.residence.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The API's own problems (RFC 9457), each with a detail from the message bundles in the caller's
 * language; the web module's advice writes them as {@code application/problem+json}.
 */
final class ApiProblems {

    private ApiProblems() {
    }

    static ErrorResponseException problem(HttpStatus status, String key, Object... arguments) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, key, arguments) {
            @Override
            public String getTitleMessageCode() {
                return "error." + status.value() + ".title";
            }
        };
    }

    /** A 400 naming its fields; {@code errors} maps each field's JSON path to its localized message. */
    static ErrorResponseException invalid(Map<String, String> errors) {
        ErrorResponseException e = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        e.getBody().setProperty("errors", errors.entrySet().stream()
                .map(entry -> Map.of("field", entry.getKey(), "message", entry.getValue())).toList());
        return e;
    }

    /** A problem with a list of extra entries under {@code property}. */
    static ErrorResponseException withList(HttpStatus status, String key, String property, List<?> entries,
            Object... arguments) {
        ErrorResponseException e = problem(status, key, arguments);
        e.getBody().setProperty(property, entries);
        return e;
    }

    /** Whether a client's {@code Idempotency-Key} is usable: 1 to 255 printable ASCII characters. */
    static boolean validIdempotencyKey(String key) {
        return key != null && !key.isEmpty() && key.length() <= 255 && key.chars().allMatch(c -> c > 32 && c < 127);
    }
}
