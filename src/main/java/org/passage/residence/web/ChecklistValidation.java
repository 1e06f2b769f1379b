package org.passage.residence.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.forms.Answers;
import org.passage.forms.Question;
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

    /**
     * Problems of the given questions, by question name, in question order; empty when all is well.
     * The answers are kept ones (already read by {@link #read}).
     */
    Map<String, Problem> problems(Answers answers, Collection<Question> questions,
            LocalDate today) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Question q : questions) {
            Question.Problem problem = q.problem(answers);
            if (problem != null) {
                problems.put(q.name(), problem(q, problem));
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
                        q.answered(answers) ? invalid(q)
                                : Problem.of("checklist.q." + q.name() + ".required")));
            }
        }
        spouseNotMarried(answers, questions).ifPresent(q -> problems.putIfAbsent(q.name(),
                Problem.of("checklist.error.spouse-not-married")));
        Map<String, Problem> ordered = new LinkedHashMap<>();
        questions.stream().filter(q -> problems.containsKey(q.name()))
                .forEach(q -> ordered.put(q.name(), problems.get(q.name())));
        return ordered;
    }

    /**
     * Reads the answers of one page as typed in {@code locale} (normalising the readable ones in
     * {@code answers}), then judges them as {@link #problems} does.
     */
    Map<String, Problem> read(Answers answers, Step step, LocalDate today, Locale locale) {
        Map<String, Question.Problem> unreadable = step.read(answers, today, locale, q -> null);
        if (!unreadable.isEmpty()) {
            Map<String, Problem> problems = new LinkedHashMap<>();
            step.asked(answers, today).stream().filter(q -> unreadable.containsKey(q.name()))
                    .forEach(q -> problems.put(q.name(), problem(q, unreadable.get(q.name()))));
            return problems;
        }
        return problems(answers, step.asked(answers, today), today);
    }

    /** The message of an answer that cannot be read as its kind. */
    static Problem problem(Question q, Question.Problem problem) {
        return switch (problem) {
            case MISSING -> Problem.of("checklist.q." + q.name() + ".required");
            case NOT_A_DATE -> Problem.of("checklist.error.date");
            case NOT_A_NUMBER -> Problem.of("checklist.error.whole-number");
            case NOT_MONEY -> Problem.of("checklist.error.amount");
            case NOT_A_COUNTRY -> Problem.of("checklist.error.country");
            case NOT_YES_NO, NOT_A_CHOICE -> Problem.of("checklist.error.invalid");
        };
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
            default -> invalid(q);
        };
    }

    /**
     * A spouse of the sponsor who answers single, divorced or widowed is asked to check: family
     * reunification of a spouse needs a marriage (Law 6458 Art. 34), so one of the answers is wrong.
     */
    private static Optional<Question> spouseNotMarried(Answers answers, Collection<Question> questions) {
        boolean contradicts = answers.is("permitType", "FAMILY") && answers.is("relationship", "SPOUSE")
                && answers.get("maritalStatus") != null && !answers.is("maritalStatus", "MARRIED");
        return contradicts ? questions.stream().filter(q -> q.name().equals("maritalStatus")).findFirst()
                : Optional.empty();
    }

    /** The message of an answer the rules refuse: a choice is told to choose, any other kind to check its answer. */
    private static Problem invalid(Question q) {
        return switch (q.kind()) {
            case CHOICE, YES_NO -> Problem.of("checklist.error.invalid");
            case COUNTRY -> Problem.of("checklist.error.country");
            case DATE -> Problem.of("checklist.error.date");
            case NUMBER -> Problem.of("checklist.error.whole-number");
            case MONEY -> Problem.of("checklist.error.amount");
            case TEXT -> Problem.of("journey.error.text");
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
