package org.passage.visa.file.internal;

import org.passage.visa.file.VisaFileStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change the file's status does not allow (a second click, a stale page): a 409 problem. */
class VisaFileStateException extends ErrorResponseException {

    VisaFileStateException(VisaFileStatus status) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, "visa.file.error.state",
                new Object[] {status.name()});
    }
}
