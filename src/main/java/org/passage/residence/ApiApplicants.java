package org.passage.residence;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Who may call an applicant's API operation, for the API controllers of every module: the
 * applicant a bearer token authenticated (as {@code @AuthenticationPrincipal ApplicantPrincipal}),
 * and only for their own application.
 */
public final class ApiApplicants {

    /** The OpenAPI security scheme of the applicant's bearer token, for {@code @SecurityRequirement}. */
    public static final String BEARER_SCHEME = "applicantToken";

    private ApiApplicants() {
    }

    /** The applicant the bearer token authenticated; a 401 problem when there is none. */
    public static ApplicantPrincipal require(ApplicantPrincipal applicant) {
        if (applicant == null) {
            throw new ApiSignInRequiredException();
        }
        return applicant;
    }

    /**
     * The application {@code pathNumber} when it is the applicant's own; anything else is a 404
     * exactly like an unknown number, so that the API does not tell which numbers exist.
     */
    public static ApplicationNumber own(ApplicantPrincipal applicant, String pathNumber) {
        ApplicantPrincipal caller = require(applicant);
        ApplicationNumber asked = ApplicationNumber.parseOrNull(pathNumber);
        if (asked == null || !caller.owns(asked)) {
            throw notFound();
        }
        return asked;
    }

    /** The API's "no such application for you" problem. */
    public static ErrorResponseException notFound() {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
                "api.problem.not-found", null);
    }
}
