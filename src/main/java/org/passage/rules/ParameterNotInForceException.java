package org.passage.rules;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No value of a parameter is in force on the requested date: the rules of that day are unknown. */
public class ParameterNotInForceException extends ErrorResponseException {

    public ParameterNotInForceException(String parameter, LocalDate date) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(parameter, date), null);
    }

    private static ProblemDetail problem(String parameter, LocalDate date) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The rulebook has no value of " + parameter + " in force on " + date
                        + "; the rules of that day are not known.");
        pd.setTitle("No rules for that date");
        pd.setProperty("parameter", parameter);
        pd.setProperty("date", date.toString());
        return pd;
    }
}
