package org.passage.rules;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request carried a code that its rulebook does not know, or left out one it needs. */
public class InvalidCodeException extends ErrorResponseException {

    public InvalidCodeException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, problem(field, message), null);
    }

    private static ProblemDetail problem(String field, String message) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        pd.setTitle("Invalid request");
        pd.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return pd;
    }
}
