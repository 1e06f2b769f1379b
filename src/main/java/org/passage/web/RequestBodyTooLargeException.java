package org.passage.web;

import java.io.IOException;

/** Raised while reading a chunked request body that grows past the limit. */
class RequestBodyTooLargeException extends IOException {

    RequestBodyTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
