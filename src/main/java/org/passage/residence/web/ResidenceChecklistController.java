package org.passage.residence.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.forms.Answers;
import org.passage.forms.Page;
import org.passage.forms.Question;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.web.ChecklistValidation.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "What do I need for my residence permit?": a question flow, one topic per page, that asks only
 * what the chosen permit needs, then shows the answers for checking and the printable checklist.
 * Answers live in the (JDBC-backed) HTTP session; the checklist comes from the same service as the API.
 */
@Controller
@RequestMapping(ResidenceChecklistController.BASE)
class ResidenceChecklistController {

    static final String BASE = "/residence/checklist";
    /**
     * Not the former "residenceChecklistAnswers": sessions kept in PostgreSQL from before hold the
     * residence package's former answers class under that name, which can no longer be read.
     */
    static final String SESSION_ATTRIBUTE = "residenceChecklist.answers";
    private static final String CHECK = "check";
    private static final String RESULT = "result";

    private final ResidencePermitAssessments assessments;
    private final ChecklistValidation validation;
    private final ChecklistPages pages;
    private final Clock clock;

    ResidenceChecklistController(ResidencePermitAssessments assessments, ChecklistValidation validation,
            ChecklistPages pages, Clock clock) {
        this.assessments = assessments;
        this.validation = validation;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping
    String start(Model model, Locale locale) {
        model.addAttribute("pageTitle", pages.title("checklist.start.title", false, locale));
        model.addAttribute("firstStep", BASE + "/" + Step.KIND.slug());
        return "residence/checklist/start";
    }

    @PostMapping("/restart")
    String restart(HttpSession session) {
        session.removeAttribute(SESSION_ATTRIBUTE);
        return "redirect:" + BASE;
    }

    @GetMapping("/{slug:[a-z-]+}")
    String step(@PathVariable String slug, HttpSession session, Model model, Locale locale) {
        Answers answers = answers(session);
        Step step = Step.bySlug(slug).orElse(null);
        if (step == null || !step.applies(answers, today())) {
            return redirectToNext(answers);
        }
        pages.step(model, step, answers, Map.of(), today(), locale);
        return "residence/checklist/step";
    }

    @PostMapping("/{slug:[a-z-]+}")
    String answer(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form, HttpSession session,
            Model model, Locale locale) {
        Answers saved = answers(session);
        Step step = Step.bySlug(slug).orElse(null);
        if (step == null || !step.applies(saved, today())) {
            return redirectToNext(saved);
        }
        Answers answers = new Answers(saved);
        for (Question q : step.questions()) {
            for (String input : q.inputs()) {
                answers.put(input, q.asked().test(answers, today()) ? form.getFirst(input) : null);
            }
        }
        Map<String, Problem> problems = validation.read(answers, step, today(), locale);
        if (!problems.isEmpty()) {
            pages.step(model, step, answers, problems, today(), locale);
            return "residence/checklist/step";
        }
        session.setAttribute(SESSION_ATTRIBUTE, answers);
        return redirectToNext(answers);
    }

    /** Check your answers; a problem that only the whole request shows is listed, linking to its page. */
    @GetMapping("/" + CHECK)
    String check(HttpSession session, Model model, Locale locale) {
        Answers answers = answers(session);
        if (Step.firstIncomplete(answers, today()).isPresent()) {
            return redirectToNext(answers);
        }
        pages.check(model, answers, problems(answers), today(), locale);
        return "residence/checklist/check";
    }

    @PostMapping("/" + CHECK)
    String confirm(HttpSession session, Model model, Locale locale) {
        Answers answers = answers(session);
        if (Step.firstIncomplete(answers, today()).isPresent()) {
            return redirectToNext(answers);
        }
        Map<String, Problem> problems = problems(answers);
        if (!problems.isEmpty()) {
            pages.check(model, answers, problems, today(), locale);
            return "residence/checklist/check";
        }
        return "redirect:" + BASE + "/" + RESULT;
    }

    @GetMapping("/" + RESULT)
    String result(HttpSession session, Model model, Locale locale) {
        Answers answers = answers(session);
        if (Step.firstIncomplete(answers, today()).isPresent() || !problems(answers).isEmpty()) {
            return redirectToNext(answers);
        }
        pages.result(model, assessments.assess(ChecklistRequests.of(answers, today()), false), answers, locale);
        return "residence/checklist/result";
    }

    /** Problems of every question asked, judged on the whole request as the API would. */
    private Map<String, Problem> problems(Answers answers) {
        List<Question> asked = Page.askedQuestions(Step.ALL, answers, today());
        return validation.problems(answers, asked, today());
    }

    private String redirectToNext(Answers answers) {
        return "redirect:" + BASE + "/" + Step.firstIncomplete(answers, today()).map(Step::slug).orElse(CHECK);
    }

    private static Answers answers(HttpSession session) {
        return session.getAttribute(SESSION_ATTRIBUTE) instanceof Answers answers
                ? answers : new Answers();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
