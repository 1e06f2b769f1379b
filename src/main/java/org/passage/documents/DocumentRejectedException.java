package org.passage.documents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An upload that is refused, with its reason. It is an {@link org.springframework.web.ErrorResponse}:
 * uncaught, it becomes a localized problem (413 for {@code TOO_LARGE}, else 422) with a
 * {@code reason} property; a page that catches it shows {@link #getDetailMessageCode()} with
 * {@link #getDetailMessageArguments()} from the message bundles.
 */
public class DocumentRejectedException extends ErrorResponseException {

    /** Why an upload is refused. */
    public enum Reason {
        /** Larger than {@code passage.documents.max-bytes}. */
        TOO_LARGE("documents.rejected.too-large", HttpStatus.CONTENT_TOO_LARGE),
        /** Its content is not a PDF, JPEG or PNG, whatever its name says. */
        TYPE_NOT_ALLOWED("documents.rejected.type-not-allowed", HttpStatus.UNPROCESSABLE_CONTENT),
        /** A photo whose content is not a JPEG or PNG image. */
        NOT_AN_IMAGE("documents.rejected.not-an-image", HttpStatus.UNPROCESSABLE_CONTENT),
        /** No content at all. */
        EMPTY("documents.rejected.empty", HttpStatus.UNPROCESSABLE_CONTENT),
        /** An image of more pixels than {@code passage.documents.max-image-pixels}. */
        IMAGE_TOO_LARGE("documents.rejected.image-too-large", HttpStatus.UNPROCESSABLE_CONTENT),
        /** A PDF with JavaScript, a launch action or an embedded file, or a file that also reads as HTML. */
        ACTIVE_CONTENT("documents.rejected.active-content", HttpStatus.UNPROCESSABLE_CONTENT),
        /** A PDF or an image whose structure cannot be read. */
        UNREADABLE("documents.rejected.unreadable", HttpStatus.UNPROCESSABLE_CONTENT);

        private final String messageKey;
        private final HttpStatus status;

        Reason(String messageKey, HttpStatus status) {
            this.messageKey = messageKey;
            this.status = status;
        }

        /** The key of this reason's text in the message bundles. */
        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    DocumentRejectedException(Reason reason, Object... messageArguments) {
        super(reason.status, problem(reason), null, reason.messageKey, messageArguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    private static ProblemDetail problem(Reason reason) {
        ProblemDetail problem = ProblemDetail.forStatus(reason.status);
        problem.setProperty("reason", reason.name());
        return problem;
    }
}
