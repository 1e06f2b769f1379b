package org.passage.visa.file.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such file, or not the caller's: both read as 404, so nobody learns that another's file exists. */
class VisaFileNotFoundException extends ErrorResponseException {

    VisaFileNotFoundException() {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "visa.file.error.not-found",
                null);
    }
}
