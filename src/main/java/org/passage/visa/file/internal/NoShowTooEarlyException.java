package org.passage.visa.file.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A no-show recorded before the appointment's day: the applicant may still come, a 409 problem. */
class NoShowTooEarlyException extends ErrorResponseException {

    NoShowTooEarlyException() {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, "visa.staff.no-show.too-early",
                null);
    }
}
