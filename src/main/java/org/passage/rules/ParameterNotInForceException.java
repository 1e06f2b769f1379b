package org.passage.rules;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No rules are known for the requested date: a parameter has no value then, or the rulebook starts later. */
public class ParameterNotInForceException extends ErrorResponseException {

    public ParameterNotInForceException(String parameter, LocalDate date) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, body("parameter", parameter, date), null,
                "problem.rules.parameter-not-in-force", new Object[] {parameter, date.toString()});
    }

    private ParameterNotInForceException(String rulebook, LocalDate inForceFrom, LocalDate date) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, body("rulebook", rulebook, date), null,
                "problem.rules.before-rulebook", new Object[] {rulebook, inForceFrom.toString(), date.toString()});
        getBody().setProperty("inForceFrom", inForceFrom.toString());
    }

    /** The whole rulebook starts later than the date asked about. */
    static ParameterNotInForceException beforeRulebook(String rulebook, LocalDate inForceFrom, LocalDate date) {
        return new ParameterNotInForceException(rulebook, inForceFrom, date);
    }

    @Override
    public String getTitleMessageCode() {
        return "problem.rules.no-rules-for-date";
    }

    private static ProblemDetail body(String property, String value, LocalDate date) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "No rules are known for " + date + " (" + value + ").");
        pd.setTitle("No rules for that date");
        pd.setProperty(property, value);
        pd.setProperty("date", date.toString());
        return pd;
    }
}
