package org.passage.visa.file.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An upload the file's limits refuse (the documents module refuses bad files itself): a 422 problem. */
class UploadRefusedException extends ErrorResponseException {

    UploadRefusedException(String messageKey, Object... arguments) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT), null,
                messageKey, arguments);
    }
}
