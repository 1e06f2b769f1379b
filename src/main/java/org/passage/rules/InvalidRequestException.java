package org.passage.rules;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request the rules cannot judge: unknown codes or missing answers, each named by its field. */
public class InvalidRequestException extends ErrorResponseException {

    /** One bad field: its dotted JSON path and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problem(problems), null);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static ProblemDetail problem(List<FieldProblem> problems) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request is not valid: " + problems.size() + " field(s) need attention.");
        pd.setTitle("Invalid request");
        pd.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return pd;
    }
}
