package org.passage.residence;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An API call about an applicant's application without a valid bearer token (answered 401 with
 * {@code WWW-Authenticate: Bearer}). API controllers of any module take the applicant as
 * {@code @AuthenticationPrincipal ApplicantPrincipal} and throw this when there is none.
 */
public class ApiSignInRequiredException extends ErrorResponseException {

    public ApiSignInRequiredException() {
        super(HttpStatus.UNAUTHORIZED, ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED), null,
                "api.problem.unauthorized", null);
        getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"passage\"");
    }

    @Override
    public String getTitleMessageCode() {
        return "error.401.title";
    }
}
