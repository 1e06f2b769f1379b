package org.passage.residence.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.ResidencePermitRequest;
import org.passage.rules.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Validates the wizard's answers as the API validates a request: Bean Validation of the request
 * built from them, then the assessment service's own checks; each problem is put back on the
 * question whose answer fills the property it names.
 */
@Component
class ChecklistValidation {

    /** What is wrong with one question's answer: a message key and its arguments. */
    record Problem(String key, List<Object> args) {

        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    private final Validator validator;
    private final ResidencePermitAssessments assessments;

    ChecklistValidation(Validator validator, ResidencePermitAssessments assessments) {
        this.validator = validator;
        this.assessments = assessments;
    }

    /** Problems of the given questions, by question name, in question order; empty when all is well. */
    Map<String, Problem> problems(ChecklistAnswers answers, Collection<Question> questions,
            LocalDate today) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Question q : questions) {
            String key = q.formatProblem(answers);
            if (key != null) {
                problems.put(q.name(), Problem.of(key));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        ResidencePermitRequest request = ChecklistRequests.of(answers, today);
        for (ConstraintViolation<ResidencePermitRequest> violation : validator.validate(request)) {
            questionFor(violation.getPropertyPath().toString(), questions).ifPresent(q ->
                    problems.putIfAbsent(q.name(), problem(q, violation)));
        }
        try {
            assessments.validate(request);
        } catch (InvalidRequestException e) {
            for (InvalidRequestException.FieldProblem p : e.problems()) {
                questionFor(p.field(), questions).ifPresent(q -> problems.putIfAbsent(q.name(),
                        q.answered(answers) ? Problem.of("checklist.error.invalid")
                                : Problem.of("checklist.q." + q.name() + ".required")));
            }
        }
        Map<String, Problem> ordered = new LinkedHashMap<>();
        questions.stream().filter(q -> problems.containsKey(q.name()))
                .forEach(q -> ordered.put(q.name(), problems.get(q.name())));
        return ordered;
    }

    private static Problem problem(Question q, ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object value = violation.getConstraintDescriptor().getAttributes().get("value");
        return switch (constraint) {
            case "NotNull" -> Problem.of("checklist.q." + q.name() + ".required");
            case "Past" -> Problem.of("checklist.error.past");
            case "Pattern" -> Problem.of("checklist.error.country");
            case "Min", "DecimalMin" -> Problem.of("checklist.error.too-small", String.valueOf(value));
            case "Max" -> Problem.of("checklist.error.too-large", String.valueOf(value));
            default -> Problem.of("checklist.error.invalid");
        };
    }

    /**
     * The question a request property belongs to: the one filling exactly that property, or a part
     * of it ({@code applicant.permitHistory[0].to}), or the first one inside it ({@code sponsor}).
     */
    static Optional<Question> questionFor(String property, Collection<Question> questions) {
        String path = property.replaceAll("\\[\\d+]", "");
        return questions.stream().filter(q -> q.path().equals(path)).findFirst()
                .or(() -> questions.stream().filter(q -> path.startsWith(q.path() + ".")).findFirst())
                .or(() -> questions.stream().filter(q -> q.path().startsWith(path + ".")).findFirst());
    }
}
