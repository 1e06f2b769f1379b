package org.passage.visa.file.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A booking the file or the centre's day does not allow, with the message key of why: a 409 problem. */
class BookingRefusedException extends ErrorResponseException {

    BookingRefusedException(String messageKey) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, messageKey, null);
    }
}
