package org.passage.visa;

import jakarta.servlet.http.HttpSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.passage.rules.AssessmentView;
import org.passage.rules.LocalizedText;
import org.passage.rules.Rulebook;
import org.passage.rules.Severity;
import org.passage.visa.ChecklistForm.Errors;
import org.passage.visa.ChecklistForm.Kind;
import org.passage.visa.ChecklistForm.Option;
import org.passage.visa.ChecklistForm.Question;
import org.passage.visa.GermanVisaAssessment.Fee;
import org.passage.visa.GermanVisaRequest.Applicant;
import org.passage.visa.GermanVisaRequest.AuPair;
import org.passage.visa.GermanVisaRequest.Child;
import org.passage.visa.GermanVisaRequest.Family;
import org.passage.visa.GermanVisaRequest.Funding;
import org.passage.visa.GermanVisaRequest.LanguageCertificate;
import org.passage.visa.GermanVisaRequest.Scholarship;
import org.passage.visa.GermanVisaRequest.Spouse;
import org.passage.rules.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The German visa checklist wizard: category, then one topic per page, check your answers and a
 * printable checklist with copies, fees per person and the timeline. Answers live in the session.
 */
@Controller
@RequestMapping("/visa/checklist")
class VisaChecklistController {

    static final String SESSION = "visaChecklist";
    static final String BASE = "/visa/checklist";
    static final List<String> YES_NO = List.of("yes", "no");
    static final List<String> AMOUNT_FUNDING = List.of("BLOCKED_ACCOUNT", "PARENTS_INCOME", "THIRD_PARTY_INCOME");
    static final String NONE = "NONE";
    static final int CHILD_ROWS = 3;

    /** A row of the check-your-answers list. */
    record AnswerRow(String question, String answer, String changeUrl) {
    }

    /** A line of the fees table: who pays, how much, and whether the person is exempt. */
    record FeeRow(String person, BigDecimal amountEur, boolean exempt) {
    }

    private final GermanVisaAssessments assessments;
    private final Rulebook rulebook;
    private final MessageSource messages;
    private final Clock clock;

    VisaChecklistController(GermanVisaAssessments assessments, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.rulebook = assessments.rulebook();
        this.messages = messages;
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
        Map<String, String> answers = answers(session);
        if (step == null || !step.applies(answers) || !reachable(step, answers)) {
            return "redirect:" + url(ChecklistStep.CATEGORY);
        }
        return page(step, answers, new Errors(), model, locale, "check".equals(from));
    }

    @PostMapping("/{slug:[a-z-]+}")
    String answer(@PathVariable String slug, @RequestParam Map<String, String> form, HttpSession session, Model model,
            Locale locale) {
        boolean fromCheck = "check".equals(form.get("from"));
        ChecklistStep step = ChecklistStep.bySlug(slug).orElse(null);
        Map<String, String> answers = answers(session);
        if (step == null || !step.applies(answers) || !reachable(step, answers)) {
            return "redirect:" + url(ChecklistStep.CATEGORY);
        }
        Map<String, String> given = new LinkedHashMap<>(answers);
        for (String name : fieldNames(step)) {
            given.put(name, form.getOrDefault(name, "").trim());
        }
        Errors errors = validate(step, given, locale);
        if (!errors.isEmpty()) {
            return page(step, given, errors, model, locale, fromCheck);
        }
        session.setAttribute(SESSION, given);
        if (fromCheck && firstUnanswered(given) == null) {
            return "redirect:" + BASE + "/check";
        }
        List<ChecklistStep> journey = ChecklistStep.journey(given);
        int at = journey.indexOf(step);
        return "redirect:" + (at + 1 < journey.size() ? url(journey.get(at + 1)) : BASE + "/check");
    }

    @GetMapping("/check")
    String check(HttpSession session, Model model, Locale locale) {
        Map<String, String> answers = answers(session);
        ChecklistStep missing = firstUnanswered(answers);
        if (missing != null) {
            return "redirect:" + url(missing);
        }
        List<AnswerRow> rows = new ArrayList<>();
        for (ChecklistStep step : ChecklistStep.journey(answers)) {
            for (Question q : questions(step, answers, new Errors(), locale)) {
                rows.add(new AnswerRow(q.label(), display(q, locale), url(step) + "?from=check#" + q.id()));
            }
        }
        List<ChecklistStep> journey = ChecklistStep.journey(answers);
        model.addAttribute("rows", rows);
        model.addAttribute("backUrl", url(journey.get(journey.size() - 1)));
        model.addAttribute("resultUrl", BASE + "/result");
        return "visa/check";
    }

    @GetMapping("/result")
    String result(HttpSession session, Model model, Locale locale) {
        Map<String, String> answers = answers(session);
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
    private String page(ChecklistStep step, Map<String, String> answers, Errors errors, Model model, Locale locale,
            boolean fromCheck) {
        List<ChecklistStep> journey = ChecklistStep.journey(answers);
        int at = journey.indexOf(step);
        model.addAttribute("fromCheck", fromCheck);
        model.addAttribute("step", step.slug());
        model.addAttribute("heading", text("visa.step." + step.slug() + ".heading", locale));
        model.addAttribute("questions", questions(step, answers, errors, locale));
        model.addAttribute("errors", errors.list());
        model.addAttribute("action", url(step));
        model.addAttribute("backUrl", fromCheck ? BASE + "/check" : at <= 0 ? BASE : url(journey.get(at - 1)));
        return "visa/question";
    }

    private List<Question> questions(ChecklistStep step, Map<String, String> a, Errors e, Locale l) {
        return switch (step) {
            case CATEGORY -> List.of(radios("category", a, e, l, rulebook.vocabulary().get("category").keySet().stream()
                    .map(c -> new Option(c, title("category", c, l), title("categoryDescription", c, l))).toList()));
            case APPLICANT -> List.of(date("birthDate", a, e, l),
                    text("nationality", a, e, l, "input--width-4"),
                    radios("nativeGerman", a, e, l, yesNo(l)));
            case STAY -> List.of(text("stayDays", a, e, l, "input--width-4"));
            case LANGUAGE -> List.of(radios("hasCertificate", a, e, l, yesNo(l)),
                    select("certificateProvider", a, e, l, codes("certificateProvider", l)),
                    select("certificateLevel", a, e, l, codes("languageLevel", l)));
            case SCHOLARSHIP -> List.of(radios("scholarshipKind", a, e, l, codes("scholarshipKind", l)),
                    text("scholarshipMonthly", a, e, l, "input--width-10"));
            case FUNDING -> List.of(radios("fundingKind", a, e, l, Stream.concat(codes("fundingKind", l).stream(),
                            Stream.of(new Option(NONE, text("visa.q.fundingKind.none", l), null))).toList()),
                    text("fundingAmount", a, e, l, "input--width-10"));
            case SALARY -> List.of(text("salary", a, e, l, "input--width-10"));
            case AU_PAIR -> List.of(text("auPairMonths", a, e, l, "input--width-4"),
                    text("auPairPocketMoney", a, e, l, "input--width-10"));
            case SEMESTER -> List.of(date("semesterStart", a, e, l));
            case FAMILY -> {
                List<Question> qs = new ArrayList<>();
                qs.add(radios("spouseTravelling", a, e, l, yesNo(l)));
                for (int i = 1; i <= CHILD_ROWS; i++) {
                    qs.add(date("child" + i, a, e, l));
                }
                if ("STUDY_MASTER".equals(a.get("category"))) {
                    qs.add(checkbox("childrenParentsDivorced", a, l));
                    qs.add(checkbox("otherParentStays", a, l));
                }
                yield qs;
            }
            case SPOUSE_LANGUAGE -> List.of(
                    radios("spouseA1Provider", a, e, l, List.of(
                            new Option("GOETHE", title("certificateProvider", "GOETHE", l), text("visa.q.spouseA1Provider.goethe", l)),
                            new Option("OESD", title("certificateProvider", "OESD", l), text("visa.q.spouseA1Provider.oesd", l)),
                            new Option("OTHER", text("visa.q.spouseA1Provider.other", l), null),
                            new Option(NONE, text("visa.q.spouseA1Provider.none", l), null))),
                    date("spouseA1Issued", a, e, l),
                    radios("spouseA1Exception", a, e, l, Stream.concat(
                            Stream.of(new Option(NONE, text("visa.q.spouseA1Exception.none", l), null)),
                            codes("a1Exception", l).stream()).toList()));
        };
    }

    private static List<String> fieldNames(ChecklistStep step) {
        return switch (step) {
            case CATEGORY -> List.of("category");
            case APPLICANT -> List.of("birthDate-day", "birthDate-month", "birthDate-year", "nationality", "nativeGerman");
            case STAY -> List.of("stayDays");
            case LANGUAGE -> List.of("hasCertificate", "certificateProvider", "certificateLevel");
            case SCHOLARSHIP -> List.of("scholarshipKind", "scholarshipMonthly");
            case FUNDING -> List.of("fundingKind", "fundingAmount");
            case SALARY -> List.of("salary");
            case AU_PAIR -> List.of("auPairMonths", "auPairPocketMoney");
            case SEMESTER -> List.of("semesterStart-day", "semesterStart-month", "semesterStart-year");
            case FAMILY -> {
                List<String> names = new ArrayList<>(List.of("spouseTravelling", "childrenParentsDivorced", "otherParentStays"));
                for (int i = 1; i <= CHILD_ROWS; i++) {
                    names.addAll(List.of("child" + i + "-day", "child" + i + "-month", "child" + i + "-year"));
                }
                yield names;
            }
            case SPOUSE_LANGUAGE -> List.of("spouseA1Provider", "spouseA1Issued-day", "spouseA1Issued-month",
                    "spouseA1Issued-year", "spouseA1Exception");
        };
    }

    // ---------------------------------------------------------------- checks

    private Errors validate(ChecklistStep step, Map<String, String> a, Locale l) {
        Errors e = new Errors();
        LocalDate today = LocalDate.now(clock);
        switch (step) {
            case CATEGORY -> oneOf(a, e, l, "category", rulebook.vocabulary().get("category").keySet());
            case APPLICANT -> {
                LocalDate birth = checkDate(a, e, l, "birthDate", true);
                if (birth != null && !birth.isBefore(today)) {
                    e.add("birthDate", "birthDate-day", text("visa.error.birthDate.past", l));
                }
                a.put("nationality", a.getOrDefault("nationality", "").toUpperCase(Locale.ROOT));
                if (!Countries.isKnown(a.get("nationality"))) {
                    e.add("nationality", "nationality", text("visa.error.nationality", l));
                }
                oneOf(a, e, l, "nativeGerman", YES_NO);
            }
            case STAY -> wholeNumber(a, e, l, "stayDays", 1, 3650);
            case LANGUAGE -> {
                oneOf(a, e, l, "hasCertificate", YES_NO);
                if ("yes".equals(a.get("hasCertificate"))) {
                    oneOf(a, e, l, "certificateProvider", rulebook.vocabulary().get("certificateProvider").keySet());
                    oneOf(a, e, l, "certificateLevel", rulebook.vocabulary().get("languageLevel").keySet());
                }
            }
            case SCHOLARSHIP -> {
                oneOf(a, e, l, "scholarshipKind", rulebook.vocabulary().get("scholarshipKind").keySet());
                if ("PARTIAL".equals(a.get("scholarshipKind"))) {
                    money(a, e, l, "scholarshipMonthly");
                }
            }
            case FUNDING -> {
                List<String> kinds = new ArrayList<>(rulebook.vocabulary().get("fundingKind").keySet());
                kinds.add(NONE);
                oneOf(a, e, l, "fundingKind", kinds);
                if (AMOUNT_FUNDING.contains(a.getOrDefault("fundingKind", ""))) {
                    money(a, e, l, "fundingAmount");
                }
            }
            case SALARY -> money(a, e, l, "salary");
            case AU_PAIR -> {
                wholeNumber(a, e, l, "auPairMonths", 1, 60);
                money(a, e, l, "auPairPocketMoney");
            }
            case SEMESTER -> checkDate(a, e, l, "semesterStart", true);
            case FAMILY -> {
                oneOf(a, e, l, "spouseTravelling", YES_NO);
                for (int i = 1; i <= CHILD_ROWS; i++) {
                    LocalDate child = checkDate(a, e, l, "child" + i, false);
                    if (child != null && child.isAfter(today)) {
                        e.add("child" + i, "child" + i + "-day", text("visa.error.birthDate.past", l));
                    }
                }
            }
            case SPOUSE_LANGUAGE -> {
                oneOf(a, e, l, "spouseA1Provider", List.of("GOETHE", "OESD", "OTHER", NONE));
                if (!NONE.equals(a.get("spouseA1Provider"))) {
                    LocalDate issued = checkDate(a, e, l, "spouseA1Issued", true);
                    if (issued != null && issued.isAfter(today)) {
                        e.add("spouseA1Issued", "spouseA1Issued-day", text("visa.error.date.future", l));
                    }
                }
                List<String> exceptions = new ArrayList<>(rulebook.vocabulary().get("a1Exception").keySet());
                exceptions.add(NONE);
                oneOf(a, e, l, "spouseA1Exception", exceptions);
            }
        }
        return e;
    }

    private void oneOf(Map<String, String> a, Errors e, Locale l, String name, Collection<String> allowed) {
        if (!allowed.contains(a.getOrDefault(name, ""))) {
            e.add(name, name, text("visa.error." + name, l));
        }
    }

    private void wholeNumber(Map<String, String> a, Errors e, Locale l, String name, int min, int max) {
        String v = a.getOrDefault(name, "");
        if (!ChecklistForm.WHOLE.matcher(v).matches() || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            e.add(name, name, text("visa.error." + name, l));
        }
    }

    private void money(Map<String, String> a, Errors e, Locale l, String name) {
        if (!ChecklistForm.AMOUNT.matcher(a.getOrDefault(name, "")).matches()) {
            e.add(name, name, text("visa.error.amount", l));
        }
    }

    private LocalDate checkDate(Map<String, String> a, Errors e, Locale l, String name, boolean required) {
        try {
            LocalDate d = ChecklistForm.date(a, name);
            if (d == null && required) {
                e.add(name, name + "-day", text("visa.error.date.required", l));
            }
            return d;
        } catch (DateTimeException | NumberFormatException ex) {
            e.add(name, name + "-day", text("visa.error.date.invalid", l));
            return null;
        }
    }

    // ---------------------------------------------------------------- answers to request

    /** The API request the answers make; the application date is today. */
    GermanVisaRequest request(Map<String, String> a) {
        boolean asked = ChecklistStep.LANGUAGE.applies(a) && "yes".equals(a.get("hasCertificate"));
        LanguageCertificate certificate = asked
                ? new LanguageCertificate(a.get("certificateProvider"), a.get("certificateLevel"), null) : null;
        Scholarship scholarship = ChecklistStep.SCHOLARSHIP.applies(a)
                ? new Scholarship(a.get("scholarshipKind"), ChecklistForm.amount(a.get("scholarshipMonthly"))) : null;
        Funding funding = ChecklistStep.FUNDING.applies(a) && !NONE.equals(a.get("fundingKind"))
                ? new Funding(a.get("fundingKind"), ChecklistForm.amount(a.get("fundingAmount"))) : null;
        AuPair auPair = ChecklistStep.AU_PAIR.applies(a) ? new AuPair(ChecklistForm.whole(a.get("auPairMonths")),
                ChecklistForm.amount(a.get("auPairPocketMoney"))) : null;
        return new GermanVisaRequest(a.get("category"), null,
                new Applicant(ChecklistForm.date(a, "birthDate"), a.get("nationality"), "yes".equals(a.get("nativeGerman"))),
                ChecklistForm.whole(a.get("stayDays")), scholarship, funding,
                ChecklistStep.SALARY.applies(a) ? ChecklistForm.amount(a.get("salary")) : null,
                certificate,
                ChecklistStep.SEMESTER.applies(a) ? ChecklistForm.date(a, "semesterStart") : null,
                ChecklistStep.FAMILY.applies(a) ? family(a) : null, auPair);
    }

    private static Family family(Map<String, String> a) {
        Spouse spouse = null;
        if ("yes".equals(a.get("spouseTravelling"))) {
            boolean master = ChecklistStep.SPOUSE_LANGUAGE.applies(a);
            String provider = a.get("spouseA1Provider");
            LanguageCertificate a1 = master && provider != null && !NONE.equals(provider)
                    ? new LanguageCertificate(provider, "A1", ChecklistForm.date(a, "spouseA1Issued")) : null;
            String exception = master && !NONE.equals(a.get("spouseA1Exception")) ? a.get("spouseA1Exception") : null;
            spouse = new Spouse(true, a1, exception);
        }
        List<Child> children = new ArrayList<>();
        for (int i = 1; i <= CHILD_ROWS; i++) {
            LocalDate birth = ChecklistForm.date(a, "child" + i);
            if (birth != null) {
                children.add(new Child(birth, "yes".equals(a.get("childrenParentsDivorced")),
                        "yes".equals(a.get("otherParentStays"))));
            }
        }
        return new Family(spouse, children);
    }

    // ---------------------------------------------------------------- helpers

    @SuppressWarnings("unchecked")
    private static Map<String, String> answers(HttpSession session) {
        Object a = session.getAttribute(SESSION);
        return a instanceof Map<?, ?> m ? (Map<String, String>) m : new LinkedHashMap<>();
    }

    /** A page can be shown once every page before it in the journey is answered. */
    private boolean reachable(ChecklistStep step, Map<String, String> answers) {
        ChecklistStep missing = firstUnanswered(answers);
        return missing == null || missing.ordinal() >= step.ordinal();
    }

    private ChecklistStep firstUnanswered(Map<String, String> answers) {
        for (ChecklistStep s : ChecklistStep.journey(answers)) {
            if (!validate(s, new LinkedHashMap<>(answers), Locale.ENGLISH).isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private static String url(ChecklistStep step) {
        return BASE + "/" + step.slug();
    }

    private Question radios(String name, Map<String, String> a, Errors e, Locale l, List<Option> options) {
        return new Question(name, Kind.RADIOS, text("visa.q." + name, l), hint(name, l), options, a.get(name),
                null, null, null, e.of(name), null);
    }

    private Question select(String name, Map<String, String> a, Errors e, Locale l, List<Option> options) {
        return new Question(name, Kind.SELECT, text("visa.q." + name, l), hint(name, l), options, a.get(name),
                null, null, null, e.of(name), null);
    }

    private Question text(String name, Map<String, String> a, Errors e, Locale l, String width) {
        return new Question(name, Kind.TEXT, text("visa.q." + name, l), hint(name, l), List.of(), a.get(name),
                null, null, null, e.of(name), width);
    }

    private Question checkbox(String name, Map<String, String> a, Locale l) {
        return new Question(name, Kind.CHECKBOX, text("visa.q." + name, l), null, List.of(), a.get(name),
                null, null, null, null, null);
    }

    private Question date(String name, Map<String, String> a, Errors e, Locale l) {
        return new Question(name, Kind.DATE, text("visa.q." + name, l), hint(name, l), List.of(), null,
                a.get(name + "-day"), a.get(name + "-month"), a.get(name + "-year"), e.of(name), null);
    }

    private List<Option> yesNo(Locale l) {
        return YES_NO.stream().map(v -> new Option(v, text("visa.answer." + v, l), null)).toList();
    }

    private List<Option> codes(String group, Locale l) {
        return rulebook.vocabulary().get(group).entrySet().stream()
                .map(c -> new Option(c.getKey(), c.getValue().in(l), null)).toList();
    }

    private String title(String group, String code, Locale l) {
        LocalizedText t = rulebook.vocabulary().get(group).get(code);
        return t == null ? code : t.in(l);
    }

    private String hint(String name, Locale l) {
        String hint = messages.getMessage("visa.q." + name + ".hint", null, "", l);
        return hint == null || hint.isBlank() ? null : hint;
    }

    private String text(String key, Locale l) {
        return messages.getMessage(key, null, l);
    }

    /** What a question's answer reads like on the check-your-answers page. */
    private String display(Question q, Locale l) {
        return switch (q.kind()) {
            case DATE -> q.year() == null || q.year().isBlank() ? "–" : q.year() + "-" + pad(q.month()) + "-" + pad(q.day());
            case RADIOS, SELECT -> q.options().stream().filter(o -> o.value().equals(q.value())).map(Option::label)
                    .findFirst().orElse("–");
            case CHECKBOX -> text("yes".equals(q.value()) ? "visa.answer.yes" : "visa.answer.no", l);
            case TEXT -> q.value() == null || q.value().isBlank() ? "–" : q.value();
        };
    }

    private static String pad(String s) {
        return s != null && s.length() == 1 ? "0" + s : s;
    }
}
