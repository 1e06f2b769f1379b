package org.passage.ratelimit;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 429 problem with {@code Retry-After}, rendered as problem+json by the web module. */
public class RateLimitExceededException extends ErrorResponseException {

    public RateLimitExceededException(Duration retryAfter, String detail) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(detail), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds(retryAfter)));
    }

    static long retryAfterSeconds(Duration retryAfter) {
        // Rounded up, and at least 1: "0" would invite an immediate retry into the same window.
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        return problem;
    }
}
