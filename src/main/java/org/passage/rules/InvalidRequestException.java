package org.passage.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the rules cannot judge: unknown codes or missing answers, each named by its field.
 * Title, detail and every field message come from the message bundles in the caller's language.
 */
public class InvalidRequestException extends ErrorResponseException {

    /** One bad field: its dotted JSON path and a message code of the bundles with its arguments. */
    public record FieldProblem(String field, String code, Object... arguments) {

        String message(MessageSource messages, Locale locale) {
            return messages.getMessage(code, arguments, code, locale);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FieldProblem p && field.equals(p.field) && code.equals(p.code)
                    && Arrays.equals(arguments, p.arguments);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * field.hashCode() + code.hashCode()) + Arrays.hashCode(arguments);
        }

        @Override
        public String toString() {
            return field + ": " + code + Arrays.toString(arguments);
        }
    }

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null,
                "problem.invalid-input", null);
        this.problems = List.copyOf(problems);
        getBody().setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.code())).toList());
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String getTitleMessageCode() {
        return "error.400.title";
    }

    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
        ProblemDetail body = super.updateAndGetBody(messages, locale);
        if (messages != null) {
            body.setProperty("errors", problems.stream()
                    .map(p -> Map.of("field", p.field(), "message", p.message(messages, locale))).toList());
        }
        return body;
    }
}
