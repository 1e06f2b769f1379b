package org.passage.residence.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.forms.AnswerRow;
import org.passage.forms.Answers;
import org.passage.forms.ErrorLink;
import org.passage.forms.FieldParsers;
import org.passage.forms.FormFields;
import org.passage.forms.Question;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.web.ChecklistValidation.Problem;
import org.passage.rules.Assessment;
import org.passage.rules.Citation;
import org.passage.rules.Finding;
import org.passage.rules.LocalizedText;
import org.passage.rules.Provider;
import org.passage.rules.RequiredDocument;
import org.passage.rules.Rulebook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts what the wizard's templates show into the model, every text already in the page's language. */
@Component
class ChecklistPages {

    record OptionView(String id, String value, String label, boolean checked) {
    }

    /** One question as the step template renders it; {@code describedBy} lists the hint and error ids. */
    record QuestionView(String name, String kind, String id, String label, String hint, String error,
            String describedBy, List<OptionView> options, String value, String day, String month, String year,
            String autocomplete, String inputmode, String suffix) {
    }

    record AnswerGroup(String title, List<AnswerRow> rows) {
    }

    record DocumentView(String code, String title, String why, String legalisation, boolean onRequest,
            String citation) {
    }

    record DocumentGroup(String provider, String title, List<DocumentView> documents) {
    }

    record FindingView(String code, String severity, String severityLabel, String message, String citation) {
    }

    record DeadlineView(String code, String title, String dueDate, String citation) {
    }

    private final MessageSource messages;
    private final Rulebook rulebook;
    private final FormFields forms;

    ChecklistPages(MessageSource messages, ResidencePermitAssessments assessments, FormFields forms) {
        this.messages = messages;
        this.forms = forms;
        this.rulebook = assessments.rulebook();
    }

    /** "Error: About you – Passage" when the page shows errors, so screen readers hear it first. */
    String title(String key, boolean error, Locale locale) {
        return forms.title(key, error, locale);
    }

    void step(Model model, Step step, Answers answers, Map<String, Problem> problems, LocalDate today,
            Locale locale) {
        step(model, step, answers, problems, today, locale, ResidenceChecklistController.BASE, Step.ALL,
                ResidenceChecklistController.BASE);
    }

    /** A page of a question flow whose pages live under {@code base}; the first page goes back to {@code start}. */
    void step(Model model, Step step, Answers answers, Map<String, Problem> problems, LocalDate today,
            Locale locale, String base, List<Step> steps, String start) {
        String titleKey = "checklist.step." + step.slug() + ".title";
        List<Question> asked = step.asked(answers, today);
        model.addAttribute("pageTitle", title(titleKey, !problems.isEmpty(), locale));
        model.addAttribute("heading", text(titleKey, locale));
        model.addAttribute("single", asked.size() == 1);
        model.addAttribute("action", base + "/" + step.slug());
        model.addAttribute("backHref", step.previous(steps, answers, today)
                .map(s -> base + "/" + s.slug()).orElse(start));
        model.addAttribute("errors", asked.stream().filter(q -> problems.containsKey(q.name()))
                .map(q -> new ErrorLink("#" + q.firstInputId(), problem(problems.get(q.name()), locale))).toList());
        model.addAttribute("questions", asked.stream().map(q -> question(q, answers, problems.get(q.name()), locale))
                .toList());
    }

    private QuestionView question(Question q, Answers answers, Problem problem, Locale locale) {
        String base = "checklist.q." + q.name();
        String hint = messages.getMessage(base + ".hint", null, null, locale);
        String error = problem == null ? null : problem(problem, locale);
        List<String> described = new ArrayList<>();
        if (hint != null) {
            described.add(q.name() + "-hint");
        }
        if (error != null) {
            described.add(q.name() + "-error");
        }
        String suffix = messages.getMessage(base + ".suffix", null, null, locale);
        if (suffix != null) {
            described.add(q.name() + "-suffix");
        }
        List<OptionView> options = switch (q.kind()) {
            case CHOICE -> options(q, answers, rulebook.vocabulary().get(q.codes()), locale);
            case YES_NO -> options(q, answers.get(q.name()), forms.yesNo(locale));
            case COUNTRY -> options(q, answers.get(q.name()), forms.countries(locale));
            default -> List.of();
        };
        String autocomplete = switch (q.name()) {
            case "birthDate" -> "bday";
            default -> null;
        };
        String value = problem == null ? FormFields.shown(q, answers, locale) : answers.get(q.name());
        return new QuestionView(q.name(), q.kind().name(), q.firstInputId(), text(base + ".label", locale), hint,
                error, described.isEmpty() ? null : String.join(" ", described), options, value,
                answers.get(q.name() + Question.DAY), answers.get(q.name() + Question.MONTH),
                answers.get(q.name() + Question.YEAR), autocomplete, switch (q.kind()) {
                    case NUMBER -> "numeric";
                    case MONEY -> "decimal";
                    default -> null;
                }, suffix);
    }

    private static List<OptionView> options(Question q, Answers answers, Map<String, LocalizedText> codes,
            Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        codes.forEach((code, title) -> labels.put(code, title.in(locale)));
        return options(q, answers.get(q.name()), labels);
    }

    private static List<OptionView> options(Question q, String current, Map<String, String> labels) {
        List<OptionView> options = new ArrayList<>();
        labels.forEach((value, label) -> options.add(new OptionView(
                options.isEmpty() ? q.name() : q.name() + "-" + (options.size() + 1), value, label,
                value.equals(current))));
        return options;
    }

    void check(Model model, Answers answers, Map<String, Problem> problems, LocalDate today, Locale locale) {
        check(model, answers, problems, today, locale, ResidenceChecklistController.BASE, Step.ALL);
    }

    /** The answers of a question flow for checking, each linking to its page under {@code base}. */
    void check(Model model, Answers answers, Map<String, Problem> problems, LocalDate today, Locale locale,
            String base, List<Step> steps) {
        List<AnswerGroup> groups = new ArrayList<>();
        List<ErrorLink> errors = new ArrayList<>();
        for (Step step : Step.applying(steps, answers, today)) {
            String href = base + "/" + step.slug();
            List<AnswerRow> rows = new ArrayList<>();
            for (Question q : step.asked(answers, today)) {
                rows.add(new AnswerRow(text("checklist.q." + q.name() + ".label", locale), answer(q, answers, locale),
                        href));
                if (problems.containsKey(q.name())) {
                    errors.add(new ErrorLink(href + "#" + q.firstInputId(), problem(problems.get(q.name()), locale)));
                }
            }
            groups.add(new AnswerGroup(text("checklist.step." + step.slug() + ".title", locale), rows));
        }
        model.addAttribute("pageTitle", title("checklist.check.title", !errors.isEmpty(), locale));
        model.addAttribute("errors", errors);
        model.addAttribute("groups", groups);
        model.addAttribute("backHref", Step.last(steps, answers, today)
                .map(s -> base + "/" + s.slug()).orElse(base));
    }

    private String answer(Question q, Answers answers, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (q.codes() != null) {
            rulebook.vocabulary().get(q.codes()).forEach((code, title) -> choices.put(code, title.in(locale)));
        }
        return forms.answer(q, answers, choices, locale);
    }

    void result(Model model, Assessment assessment, Answers answers, Locale locale) {
        model.addAttribute("pageTitle", title("checklist.result.title", false, locale));
        model.addAttribute("permit", rulebook.vocabulary().get("permitType").get(answers.get("permitType")).in(locale));
        model.addAttribute("kind", rulebook.vocabulary().get("applicationKind").get(answers.get("applicationKind"))
                .in(locale));
        model.addAttribute("eligible", assessment.eligible());
        List<DocumentGroup> groups = new ArrayList<>();
        for (Provider provider : Provider.values()) {
            List<DocumentView> documents = assessment.documents().stream().filter(d -> d.provider() == provider)
                    .map(d -> document(d, locale)).toList();
            if (!documents.isEmpty()) {
                groups.add(new DocumentGroup(provider.name(), text("checklist.result.provider." + provider, locale),
                        documents));
            }
        }
        model.addAttribute("documentGroups", groups);
        model.addAttribute("findings", assessment.findings().stream()
                .sorted(Comparator.comparing(Finding::severity))
                .map(f -> new FindingView(f.code(), f.severity().name().toLowerCase(Locale.ROOT),
                        text("checklist.result.severity." + f.severity(), locale), f.message().in(locale),
                        citation(f.citation(), locale)))
                .toList());
        long months = (Long) assessment.value("maxValidityMonths").orElseThrow();
        LocalDate until = (LocalDate) assessment.value("validUntil").orElseThrow();
        model.addAttribute("maxValidity", months < 0 ? text("checklist.result.validity.unlimited", locale)
                : messages.getMessage("checklist.result.validity.months", new Object[] {months}, locale));
        model.addAttribute("validUntil", months < 0 || until.toEpochDay() == 0 ? null : date(until, locale));
        model.addAttribute("deadlines", assessment.deadlines().stream()
                .map(d -> new DeadlineView(d.code(), d.title().in(locale), date(d.dueDate(), locale),
                        citation(d.citation(), locale)))
                .toList());
    }

    private DocumentView document(RequiredDocument d, Locale locale) {
        return new DocumentView(d.code(), d.title().in(locale), d.why().in(locale),
                text("checklist.result.legalisation." + d.legalisation(), locale), d.onRequest(),
                citation(d.citation(), locale));
    }

    /** "Source: Law No. 6458 on Foreigners and International Protection, Art. 24(4)". */
    private String citation(Citation citation, Locale locale) {
        return messages.getMessage("checklist.citation", new Object[] {citation.sourceIn(locale), citation.section()},
                locale);
    }

    private String problem(Problem problem, Locale locale) {
        return messages.getMessage(problem.key(), problem.args().toArray(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String date(LocalDate date, Locale locale) {
        return FieldParsers.formatDate(date, locale);
    }
}
