package org.passage.forms;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A page of a form of many steps: one topic, its questions, shown only when one of them is asked.
 * A wizard lists its pages in order (usually an enum implementing this interface); the static
 * methods walk such a list.
 */
public interface Page {

    /** The last part of the page's address. */
    String slug();

    List<Question> questions();

    /** The questions of this page that apply to the answers so far. */
    default List<Question> asked(Answers answers, LocalDate today) {
        return questions().stream().filter(q -> q.asked().test(answers, today)).toList();
    }

    default boolean applies(Answers answers, LocalDate today) {
        return !asked(answers, today).isEmpty();
    }

    /** Every asked question holds a readable kept answer, or needs none. */
    default boolean complete(Answers answers, LocalDate today) {
        return asked(answers, today).stream().allMatch(q -> q.problem(answers) == null);
    }

    /**
     * Reads the answers typed on this page in {@code locale}: the problems of the asked questions
     * by question name, in order; every readable answer is normalised in {@code answers}.
     * {@code choices} gives the codes a choice question may take.
     */
    default Map<String, Question.Problem> read(Answers answers, LocalDate today, Locale locale,
            Function<Question, Collection<String>> choices) {
        Map<String, Question.Problem> problems = new LinkedHashMap<>();
        for (Question q : asked(answers, today)) {
            Question.Problem problem = q.problem(answers, locale, choices.apply(q));
            if (problem == null) {
                q.normalise(answers, locale);
            } else {
                problems.put(q.name(), problem);
            }
        }
        return problems;
    }

    /** The page of {@code pages} with this slug. */
    static <P extends Page> Optional<P> bySlug(List<P> pages, String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** The first page of {@code pages} that applies and is not complete: where the form goes on. */
    static <P extends Page> Optional<P> firstIncomplete(List<P> pages, Answers answers, LocalDate today) {
        return pages.stream().filter(p -> p.applies(answers, today) && !p.complete(answers, today)).findFirst();
    }

    /** The page of {@code pages} before {@code page} that applies, for the back link. */
    static <P extends Page> Optional<P> previous(List<P> pages, P page, Answers answers, LocalDate today) {
        P previous = null;
        for (P p : pages) {
            if (p.equals(page)) {
                break;
            }
            if (p.applies(answers, today)) {
                previous = p;
            }
        }
        return Optional.ofNullable(previous);
    }

    /** The page of {@code pages} after {@code page} that applies. */
    static <P extends Page> Optional<P> next(List<P> pages, P page, Answers answers, LocalDate today) {
        List<P> applying = applying(pages, answers, today);
        int at = applying.indexOf(page);
        return at >= 0 && at + 1 < applying.size() ? Optional.of(applying.get(at + 1)) : Optional.empty();
    }

    static <P extends Page> Optional<P> last(List<P> pages, Answers answers, LocalDate today) {
        List<P> applying = applying(pages, answers, today);
        return applying.isEmpty() ? Optional.empty() : Optional.of(applying.getLast());
    }

    static <P extends Page> List<P> applying(List<P> pages, Answers answers, LocalDate today) {
        return pages.stream().filter(p -> p.applies(answers, today)).toList();
    }

    /** The asked questions of every applying page, in order. */
    static <P extends Page> List<Question> askedQuestions(List<P> pages, Answers answers, LocalDate today) {
        return applying(pages, answers, today).stream().flatMap(p -> p.asked(answers, today).stream()).toList();
    }
}
