package org.passage.visa;

import static org.passage.forms.Question.choice;
import static org.passage.forms.Question.country;
import static org.passage.forms.Question.date;
import static org.passage.forms.Question.money;
import static org.passage.forms.Question.number;
import static org.passage.forms.Question.yesNo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.passage.forms.Answers;
import org.passage.forms.FieldParsers;
import org.passage.forms.Page;
import org.passage.forms.Question;
import org.passage.forms.Question.Asked;

/**
 * The pages of the visa checklist wizard, one topic each, in order; a page shows only when the case
 * needs it. Each page lists its questions and the rules its answers must keep beyond their kind.
 */
enum ChecklistStep implements Page {
    CATEGORY("category", always(), List.of(choice("category", "category", "category"))),
    APPLICANT("applicant", always(),
            List.of(date("birthDate", "applicant.birthDate"), country("nationality", "applicant.nationality"),
                    yesNo("nativeGerman", "applicant.nativeGerman")),
            Rule.of("birthDate", "visa.error.birthDate.past",
                    (a, today) -> !dateOf(a, "birthDate").isBefore(today))),
    STAY("stay", always(), List.of(number("stayDays", "stayDays")),
            Rule.of("stayDays", "visa.error.stayDays", (a, today) -> outside(a, "stayDays", 1, 3650))),
    LANGUAGE("language", category(Categories.LANGUAGE),
            List.of(yesNo("hasCertificate", "languageCertificate"),
                    choice("certificateProvider", "certificateProvider", "languageCertificate.provider").optional(),
                    choice("certificateLevel", "languageLevel", "languageCertificate.level").optional()),
            Rule.missing("certificateProvider", "visa.error.certificateProvider", yes("hasCertificate")),
            Rule.missing("certificateLevel", "visa.error.certificateLevel", yes("hasCertificate"))),
    SCHOLARSHIP("scholarship", category(Set.of("STUDY_SCHOLARSHIP")),
            List.of(choice("scholarshipKind", "scholarshipKind", "scholarship.kind"),
                    money("scholarshipMonthly", "scholarship.monthlyEur").optional()),
            Rule.missing("scholarshipMonthly", "visa.error.amount", a -> a.is("scholarshipKind", "PARTIAL"))),
    FUNDING("funding", a -> category(Categories.FUNDING).test(a)
            || category(Set.of("STUDY_SCHOLARSHIP")).test(a) && a.is("scholarshipKind", "PARTIAL"),
            List.of(choice("fundingKind", "fundingKind", "funding.kind"),
                    money("fundingAmount", "funding.amountEur").optional()),
            Rule.missing("fundingAmount", "visa.error.amount",
                    a -> a.get("fundingKind") != null
                            && VisaChecklistController.AMOUNT_FUNDING.contains(a.get("fundingKind")))),
    SALARY("salary", category(Set.of("EU_BLUE_CARD")), List.of(money("salary", "grossAnnualSalaryEur"))),
    AU_PAIR("au-pair", category(Set.of("AU_PAIR")), List.of(number("auPairMonths", "auPair.months"), money("auPairPocketMoney", "auPair.pocketMoneyEur")),
            Rule.of("auPairMonths", "visa.error.auPairMonths", (a, today) -> outside(a, "auPairMonths", 1, 60))),
    SEMESTER("semester", category(Categories.SEMESTER), List.of(date("semesterStart", "semesterStart")),
            Rule.of("semesterStart", "visa.error.semesterStart.past",
                    (a, today) -> dateOf(a, "semesterStart").isBefore(today))),
    FAMILY("family", category(Categories.FAMILY),
            List.of(yesNo("spouseTravelling", "family.spouse"),
                    date("child1", "family.children").optional(), date("child2", "family.children").optional(),
                    date("child3", "family.children").optional(),
                    yesNo("childrenParentsDivorced", "family.children").optional().when(master()),
                    yesNo("otherParentStays", "family.children").optional().when(master())),
            Rule.of("child1", "visa.error.birthDate.past", (a, today) -> after(a, "child1", today)),
            Rule.of("child2", "visa.error.birthDate.past", (a, today) -> after(a, "child2", today)),
            Rule.of("child3", "visa.error.birthDate.past", (a, today) -> after(a, "child3", today))),
    SPOUSE_LANGUAGE("spouse-language", a -> category(Set.of("STUDY_MASTER")).test(a) && yes("spouseTravelling").test(a),
            List.of(choice("spouseA1Provider", null, "family.spouse.germanA1"),
                    date("spouseA1Issued", "family.spouse.germanA1.issuedOn").optional(),
                    choice("spouseA1Exception", "a1Exception", "family.spouse.a1Exception")),
            Rule.missing("spouseA1Issued", "visa.error.date.required",
                    a -> !a.is("spouseA1Provider", VisaChecklistController.NONE)),
            Rule.of("spouseA1Issued", "visa.error.date.future", (a, today) -> after(a, "spouseA1Issued", today)));

    /** The categories that need a page (a class of its own, so that the pages above can name them). */
    static final class Categories {
        static final Set<String> LANGUAGE = Set.of("STUDY", "STUDY_MASTER", "STUDY_APPLICANT", "FAMILY_SPOUSE",
                "AU_PAIR");
        static final Set<String> FUNDING = Set.of("STUDY", "STUDY_MASTER", "STUDY_APPLICANT", "LANGUAGE_COURSE",
                "JOB_SEEKER", "RETURN_YOUNG_FOREIGNER");
        static final Set<String> SEMESTER = Set.of("STUDY", "STUDY_MASTER", "STUDY_SCHOLARSHIP");
        static final Set<String> FAMILY = Set.of("STUDY", "STUDY_MASTER", "STUDY_SCHOLARSHIP", "EU_BLUE_CARD",
                "EMPLOYMENT");

        private Categories() {
        }
    }

    /** The pages in order: the wizard's flow. */
    static final List<ChecklistStep> ALL = List.of(values());

    /**
     * A rule a page's answers keep beyond their kind: when {@code broken} holds for readable kept
     * answers, {@code question} shows the message {@code key}.
     */
    record Rule(String question, String key, BiPredicate<Answers, LocalDate> broken) {

        static Rule of(String question, String key, BiPredicate<Answers, LocalDate> broken) {
            return new Rule(question, key, broken);
        }

        /** An optional question that must be answered when {@code needed} holds. */
        static Rule missing(String question, String key, Predicate<Answers> needed) {
            return new Rule(question, key, (a, today) -> needed.test(a) && a.get(question) == null
                    && a.get(question + Question.DAY) == null);
        }
    }

    private final String slug;
    private final Predicate<Answers> needed;
    private final List<Question> questions;
    private final List<Rule> rules;

    ChecklistStep(String slug, Predicate<Answers> needed, List<Question> questions, Rule... rules) {
        this.slug = slug;
        this.needed = needed;
        this.questions = questions;
        this.rules = List.of(rules);
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public List<Question> questions() {
        return questions;
    }

    List<Rule> rules() {
        return rules;
    }

    /** A page is asked when the case, as answered so far, needs it; then all its questions are. */
    @Override
    public List<Question> asked(Answers answers, LocalDate today) {
        return needed(answers) ? Page.super.asked(answers, today) : List.of();
    }

    static Optional<ChecklistStep> bySlug(String slug) {
        return Page.bySlug(ALL, slug);
    }

    /** Whether the case, as answered so far, needs this page. */
    boolean needed(Answers answers) {
        return needed.test(answers);
    }

    private static Predicate<Answers> always() {
        return a -> true;
    }

    /** The case's category is one of {@code categories}. */
    private static Predicate<Answers> category(Set<String> categories) {
        return a -> a.get("category") != null && categories.contains(a.get("category"));
    }

    private static Predicate<Answers> yes(String question) {
        return a -> Boolean.TRUE.equals(FieldParsers.yesNo(a.get(question)));
    }

    private static Asked master() {
        return (a, today) -> a.is("category", "STUDY_MASTER");
    }

    /** The kept date of a question that read as a date (rules run only on readable answers). */
    private static LocalDate dateOf(Answers a, String name) {
        return FieldParsers.date(a.get(name + Question.DAY), a.get(name + Question.MONTH), a.get(name + Question.YEAR));
    }

    private static boolean after(Answers a, String name, LocalDate today) {
        LocalDate date = dateOf(a, name);
        return date != null && date.isAfter(today);
    }

    private static boolean outside(Answers a, String name, int min, int max) {
        int value = Integer.parseInt(a.get(name));
        return value < min || value > max;
    }
}
