package org.passage.visa;

import jakarta.servlet.http.HttpSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passage.forms.AnswerRow;
import org.passage.forms.Answers;
import org.passage.forms.ErrorLink;
import org.passage.forms.Field;
import org.passage.forms.Field.Option;
import org.passage.forms.FieldParsers;
import org.passage.forms.FormFields;
import org.passage.forms.Page;
import org.passage.forms.Question;
import org.passage.rules.AssessmentView;
import org.passage.rules.LocalizedText;
import org.passage.rules.Rulebook;
import org.passage.rules.Severity;
import org.passage.visa.ChecklistStep.Rule;
import org.passage.visa.GermanVisaRequest.Applicant;
import org.passage.visa.GermanVisaRequest.AuPair;
import org.passage.visa.GermanVisaRequest.Child;
import org.passage.visa.GermanVisaRequest.Family;
import org.passage.visa.GermanVisaRequest.Funding;
import org.passage.visa.GermanVisaRequest.LanguageCertificate;
import org.passage.visa.GermanVisaRequest.Scholarship;
import org.passage.visa.GermanVisaRequest.Spouse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The German visa checklist wizard: category, then one topic per page, check your answers and a
 * printable checklist with copies, fees per person and the timeline. Answers live in the session.
 * The pages and their questions are {@link ChecklistStep}s of the form engine.
 */
@Controller
@RequestMapping("/visa/checklist")
class VisaChecklistController {

    static final String SESSION = "visaChecklist";
    static final String BASE = "/visa/checklist";
    static final Set<String> AMOUNT_FUNDING = Set.of("BLOCKED_ACCOUNT", "PARENTS_INCOME", "THIRD_PARTY_INCOME");
    static final String NONE = "NONE";
    private static final List<String> A1_PROVIDERS = List.of("GOETHE", "OESD", "OTHER", NONE);
    private static final Set<String> SELECTS = Set.of("certificateProvider", "certificateLevel");
    private static final Set<String> CHECKBOXES = Set.of("childrenParentsDivorced", "otherParentStays");
    private static final Map<String, String> WIDTHS = Map.of("stayDays", "4", "auPairMonths", "4",
            "scholarshipMonthly", "10", "fundingAmount", "10", "salary", "10", "auPairPocketMoney", "10");

    /** A line of the fees table: who pays, how much, and whether the person is exempt. */
    record FeeRow(String person, BigDecimal amountEur, boolean exempt) {
    }

    private final GermanVisaAssessments assessments;
    private final Rulebook rulebook;
    private final MessageSource messages;
    private final FormFields forms;
    private final Clock clock;

    VisaChecklistController(GermanVisaAssessments assessments, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.rulebook = assessments.rulebook();
        this.messages = messages;
        this.forms = new FormFields(messages, "visa.q.%s", "visa.q.%s.hint");
        this.clock = clock;
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("firstUrl", url(ChecklistStep.CATEGORY));
        return "visa/start";
    }

    @GetMapping("/{slug:[a-z-]+}")
    String show(@PathVariable String slug, @RequestParam(required = false) String from, HttpSession session, Model model,
            Locale locale) {
        ChecklistStep step = ChecklistStep.bySlug(slug).orElse(null);
        Answers answers = answers(session);
        if (step == null || !step.needed(answers) || !reachable(step, answers)) {
            return "redirect:" + url(ChecklistStep.CATEGORY);
        }
        return page(step, answers, Map.of(), model, locale, "check".equals(from));
    }

    @PostMapping("/{slug:[a-z-]+}")
    String answer(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form, HttpSession session,
            Model model, Locale locale) {
        boolean fromCheck = "check".equals(form.getFirst("from"));
        ChecklistStep step = ChecklistStep.bySlug(slug).orElse(null);
        Answers answers = answers(session);
        if (step == null || !step.needed(answers) || !reachable(step, answers)) {
            return "redirect:" + url(ChecklistStep.CATEGORY);
        }
        Answers given = new Answers(answers);
        for (Question q : step.questions()) {
            for (String input : q.inputs()) {
                given.put(input, q.asked().test(given, today()) ? form.getFirst(input) : null);
            }
        }
        Map<String, String> errors = validate(step, given, locale);
        if (!errors.isEmpty()) {
            return page(step, given, errors, model, locale, fromCheck);
        }
        session.setAttribute(SESSION, given);
        if (fromCheck && firstUnanswered(given) == null) {
            return "redirect:" + BASE + "/check";
        }
        return "redirect:" + Page.next(ChecklistStep.ALL, step, given, today()).map(VisaChecklistController::url)
                .orElse(BASE + "/check");
    }

    @GetMapping("/check")
    String check(HttpSession session, Model model, Locale locale) {
        Answers answers = answers(session);
        ChecklistStep missing = firstUnanswered(answers);
        if (missing != null) {
            return "redirect:" + url(missing);
        }
        List<AnswerRow> rows = new ArrayList<>();
        for (ChecklistStep step : Page.applying(ChecklistStep.ALL, answers, today())) {
            for (Question q : step.asked(answers, today())) {
                rows.add(new AnswerRow(forms.label(q.name(), locale), display(q, answers, locale),
                        url(step) + "?from=check#" + q.firstInputId()));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("backUrl", Page.last(ChecklistStep.ALL, answers, today()).map(VisaChecklistController::url)
                .orElse(BASE));
        model.addAttribute("resultUrl", BASE + "/result");
        return "visa/check";
    }

    @GetMapping("/result")
    String result(HttpSession session, Model model, Locale locale) {
        Answers answers = answers(session);
        ChecklistStep missing = firstUnanswered(answers);
        if (missing != null) {
            return "redirect:" + url(missing);
        }
        GermanVisaAssessment result = assessments.assess(request(answers), false);
        AssessmentView view = AssessmentView.of(result.assessment(), locale, false);
        model.addAttribute("categoryTitle", title("category", answers.get("category"), locale));
        model.addAttribute("result", result);
        model.addAttribute("view", view);
        model.addAttribute("blocking", view.findings().stream().filter(f -> f.severity() == Severity.BLOCKING).toList());
        model.addAttribute("warnings", view.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList());
        model.addAttribute("infos", view.findings().stream().filter(f -> f.severity() == Severity.INFO).toList());
        model.addAttribute("fees", result.fees().stream()
                .map(f -> new FeeRow(text("visa.fees.person." + f.person().name(), locale), f.amountEur(), f.exempt()))
                .toList());
        model.addAttribute("feesTotal", result.totalFeesEur());
        model.addAttribute("checkUrl", BASE + "/check");
        model.addAttribute("restartUrl", BASE + "/restart");
        return "visa/result";
    }

    @PostMapping("/restart")
    String restart(HttpSession session) {
        session.removeAttribute(SESSION);
        return "redirect:" + url(ChecklistStep.CATEGORY);
    }

    // ---------------------------------------------------------------- pages

    /** A question page; {@code fromCheck} when the applicant came to change an answer and goes back there. */
    private String page(ChecklistStep step, Answers answers, Map<String, String> errors, Model model, Locale locale,
            boolean fromCheck) {
        List<Question> asked = step.asked(answers, today());
        model.addAttribute("fromCheck", fromCheck);
        model.addAttribute("step", step.slug());
        model.addAttribute("heading", text("visa.step." + step.slug() + ".heading", locale));
        model.addAttribute("questions", asked.stream().map(q -> field(q, answers, errors, locale)).toList());
        model.addAttribute("errors", asked.stream().filter(q -> errors.containsKey(q.name()))
                .map(q -> new ErrorLink("#" + q.firstInputId(), message(errors.get(q.name()), locale))).toList());
        model.addAttribute("action", url(step));
        model.addAttribute("backUrl", fromCheck ? BASE + "/check"
                : Page.previous(ChecklistStep.ALL, step, answers, today()).map(VisaChecklistController::url)
                        .orElse(BASE));
        return "visa/question";
    }

    private Field field(Question q, Answers answers, Map<String, String> errors, Locale l) {
        String error = errors.containsKey(q.name()) ? message(errors.get(q.name()), l) : null;
        if (CHECKBOXES.contains(q.name())) {
            return new Field(q.name(), "CHECKBOX", forms.label(q.name(), l), null, error, answers.get(q.name()), null,
                    null, null, List.of(new Option(q.name(), FieldParsers.YES, forms.label(q.name(), l),
                            Boolean.TRUE.equals(q.yesNo(answers)))), null, null);
        }
        Field field = forms.field(q, answers, error, options(q, answers.get(q.name()), l), WIDTHS.get(q.name()), l);
        return SELECTS.contains(q.name()) ? field.as("SELECT") : field;
    }

    /** The options of a choice question, with their titles (and hints) in the page's language. */
    private List<Option> options(Question q, String current, Locale l) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> hints = new LinkedHashMap<>();
        switch (q.name()) {
            case "spouseA1Provider" -> {
                labels.put("GOETHE", title("certificateProvider", "GOETHE", l));
                hints.put("GOETHE", text("visa.q.spouseA1Provider.goethe", l));
                labels.put("OESD", title("certificateProvider", "OESD", l));
                hints.put("OESD", text("visa.q.spouseA1Provider.oesd", l));
                labels.put("OTHER", text("visa.q.spouseA1Provider.other", l));
                labels.put(NONE, text("visa.q.spouseA1Provider.none", l));
            }
            case "spouseA1Exception" -> {
                labels.put(NONE, text("visa.q.spouseA1Exception.none", l));
                codes("a1Exception", l).forEach(labels::put);
            }
            case "fundingKind" -> {
                labels.putAll(codes("fundingKind", l));
                labels.put(NONE, text("visa.q.fundingKind.none", l));
            }
            case "category" -> codes("category", l).forEach((code, title) -> {
                labels.put(code, title);
                hints.put(code, title("categoryDescription", code, l));
            });
            default -> {
                if (q.codes() != null) {
                    labels.putAll(codes(q.codes(), l));
                }
            }
        }
        return FormFields.options(q.name(), labels, current).stream()
                .map(o -> new Option(o.id(), o.value(), o.label(), o.checked(), hints.get(o.value()))).toList();
    }

    /** The codes a choice question may take. */
    private Collection<String> choices(Question q) {
        return switch (q.name()) {
            case "spouseA1Provider" -> A1_PROVIDERS;
            case "spouseA1Exception", "fundingKind" -> {
                List<String> codes = new ArrayList<>(rulebook.vocabulary().get(q.codes()).keySet());
                codes.add(NONE);
                yield codes;
            }
            default -> q.codes() == null ? null : rulebook.vocabulary().get(q.codes()).keySet();
        };
    }

    // ---------------------------------------------------------------- checks

    /**
     * Reads one page's answers as typed in {@code locale} (normalising the readable ones), then
     * checks the page's rules; the message keys of the problems, by question name, in page order.
     */
    private Map<String, String> validate(ChecklistStep step, Answers a, Locale l) {
        Map<String, Question.Problem> unreadable = step.read(a, today(), l, this::choices);
        Map<String, String> keys = new LinkedHashMap<>();
        unreadable.forEach((name, problem) -> keys.put(name, key(step, name, problem)));
        for (Rule rule : step.rules()) {
            if (!keys.containsKey(rule.question()) && rule.broken().test(a, today())) {
                keys.put(rule.question(), rule.key());
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        step.asked(a, today()).stream().filter(q -> keys.containsKey(q.name()))
                .forEach(q -> ordered.put(q.name(), keys.get(q.name())));
        return ordered;
    }

    private static String key(ChecklistStep step, String name, Question.Problem problem) {
        Question q = step.questions().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return switch (problem) {
            case NOT_A_DATE -> "visa.error.date.invalid";
            case NOT_MONEY -> "visa.error.amount";
            case MISSING -> switch (q.kind()) {
                case DATE -> "visa.error.date.required";
                case MONEY -> "visa.error.amount";
                default -> "visa.error." + name;
            };
            case NOT_A_NUMBER, NOT_A_COUNTRY, NOT_YES_NO, NOT_A_CHOICE -> "visa.error." + name;
        };
    }

    // ---------------------------------------------------------------- answers to request

    /** The API request the kept answers make; the application date is today. */
    GermanVisaRequest request(Answers a) {
        boolean certified = ChecklistStep.LANGUAGE.needed(a) && yes(a, "hasCertificate");
        LanguageCertificate certificate = certified
                ? new LanguageCertificate(a.get("certificateProvider"), a.get("certificateLevel"), null) : null;
        Scholarship scholarship = ChecklistStep.SCHOLARSHIP.needed(a)
                ? new Scholarship(a.get("scholarshipKind"), money(a, "scholarshipMonthly")) : null;
        Funding funding = ChecklistStep.FUNDING.needed(a) && !a.is("fundingKind", NONE)
                ? new Funding(a.get("fundingKind"), money(a, "fundingAmount")) : null;
        AuPair auPair = ChecklistStep.AU_PAIR.needed(a)
                ? new AuPair(number(a, "auPairMonths"), money(a, "auPairPocketMoney")) : null;
        return new GermanVisaRequest(a.get("category"), null,
                new Applicant(date(a, "birthDate"), a.get("nationality"), yes(a, "nativeGerman")),
                number(a, "stayDays"), scholarship, funding,
                ChecklistStep.SALARY.needed(a) ? money(a, "salary") : null,
                certificate,
                ChecklistStep.SEMESTER.needed(a) ? date(a, "semesterStart") : null,
                ChecklistStep.FAMILY.needed(a) ? family(a) : null, auPair);
    }

    private static Family family(Answers a) {
        Spouse spouse = null;
        if (yes(a, "spouseTravelling")) {
            boolean master = ChecklistStep.SPOUSE_LANGUAGE.needed(a);
            String provider = a.get("spouseA1Provider");
            LanguageCertificate a1 = master && provider != null && !NONE.equals(provider)
                    ? new LanguageCertificate(provider, "A1", date(a, "spouseA1Issued")) : null;
            String exception = master && !a.is("spouseA1Exception", NONE) ? a.get("spouseA1Exception") : null;
            spouse = new Spouse(true, a1, exception);
        }
        List<Child> children = new ArrayList<>();
        for (String child : List.of("child1", "child2", "child3")) {
            LocalDate birth = date(a, child);
            if (birth != null) {
                children.add(new Child(birth, yes(a, "childrenParentsDivorced"), yes(a, "otherParentStays")));
            }
        }
        return new Family(spouse, children);
    }

    private static boolean yes(Answers a, String name) {
        return Boolean.TRUE.equals(FieldParsers.yesNo(a.get(name)));
    }

    private static LocalDate date(Answers a, String name) {
        return FormFields.date(a.asMap(), name);
    }

    private static BigDecimal money(Answers a, String name) {
        return FieldParsers.money(a.get(name), Locale.ROOT);
    }

    private static Integer number(Answers a, String name) {
        return FieldParsers.number(a.get(name), Locale.ROOT);
    }

    // ---------------------------------------------------------------- helpers

    static Answers answers(HttpSession session) {
        return session.getAttribute(SESSION) instanceof Answers answers ? answers : new Answers();
    }

    /** A page can be shown once every page before it in the journey is answered. */
    private boolean reachable(ChecklistStep step, Answers answers) {
        ChecklistStep missing = firstUnanswered(answers);
        return missing == null || missing.ordinal() >= step.ordinal();
    }

    ChecklistStep firstUnanswered(Answers answers) {
        for (ChecklistStep s : Page.applying(ChecklistStep.ALL, answers, today())) {
            if (!validate(s, new Answers(answers), Locale.ROOT).isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private static String url(ChecklistStep step) {
        return BASE + "/" + step.slug();
    }

    private Map<String, String> codes(String group, Locale l) {
        Map<String, String> titles = new LinkedHashMap<>();
        rulebook.vocabulary().get(group).forEach((code, title) -> titles.put(code, title.in(l)));
        return titles;
    }

    private String title(String group, String code, Locale l) {
        LocalizedText t = rulebook.vocabulary().get(group).get(code);
        return t == null ? code : t.in(l);
    }

    private String text(String key, Locale l) {
        return messages.getMessage(key, null, l);
    }

    /** A problem's message; a tampered answer without a message of its own is told to choose. */
    private String message(String key, Locale l) {
        String text = messages.getMessage(key, null, null, l);
        return text != null ? text : text("checklist.error.invalid", l);
    }

    /** What a question's answer reads like on the check-your-answers page, in the page's language. */
    private String display(Question q, Answers answers, Locale l) {
        if (CHECKBOXES.contains(q.name())) {
            return forms.yesNo(l).get(yes(answers, q.name()) ? FieldParsers.YES : FieldParsers.NO);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        options(q, null, l).forEach(o -> titles.put(o.value(), o.label()));
        return forms.answer(q, answers, titles, l);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
