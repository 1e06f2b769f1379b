package org.passage.admissions.evaluation;

import java.util.Map;

/** Scores that cannot be recorded: the file is not being evaluated, or a criterion's points are wrong. */
public class EvaluationRefusedException extends RuntimeException {

    /** Why the scores were refused. */
    public enum Reason {
        /** The file is not in evaluation (not yet forwarded, or decided). */
        NOT_IN_EVALUATION,
        /** A criterion has no points, points outside 0 to 100, or an unknown criterion was given. */
        INVALID_POINTS
    }

    private final Reason reason;
    private final Map<String, String> problems;

    public EvaluationRefusedException(Reason reason, String message, Map<String, String> problems) {
        super(message);
        this.reason = reason;
        this.problems = Map.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    /** Per criterion code, the message key of what is wrong with its points. */
    public Map<String, String> problems() {
        return problems;
    }
}
