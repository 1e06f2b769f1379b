package org.passage.residence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passage.forms.Answers;
import org.passage.forms.FieldKind;
import org.passage.forms.Question;
import org.passage.provinces.ProvinceCode;
import org.passage.provinces.Provinces;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ApplicationState;
import org.passage.residence.ChecklistItem;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.ResidencePermitRequest;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Identity;
import org.passage.residence.application.ResidenceApplication;
import org.passage.text.FreeText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The application form of the e-residence journey as one service, for the pages and the JSON API
 * alike: which pages apply, what each asks, reading and judging a page's answers, and the request
 * the answers stand for. Every rule of the form lives here or in the form engine it calls.
 */
@Component
public class ApplicationForms {

    static final String ADDRESS = "address";
    static final String ROLE = "role";
    static final String UNIVERSITY = "university";
    private static final List<String> EXTRA = List.of(ADDRESS, ROLE, UNIVERSITY);

    /** A question of a page: its name, kind, the codes it takes (choices), and whether it may stay empty. */
    public record QuestionView(String name, String kind, boolean required, Map<String, String> options) {
    }

    /** The pre-registration as typed: problems by field (message keys), or the draft's identity and contact. */
    public record PreRegistration(Map<String, String> problems, Identity identity, ApplicantContact contact,
            Map<String, String> prefilledAnswers) {
    }

    private final ApplicationJourney journey;
    private final ChecklistValidation validation;
    private final ResidencePermitAssessments assessments;
    private final ApplicationChecklists checklists;
    private final MessageSource messages;
    private final Provinces provinces;
    private final Clock clock;

    ApplicationForms(ApplicationJourney journey, ChecklistValidation validation,
            ResidencePermitAssessments assessments, ApplicationChecklists checklists, MessageSource messages,
            Provinces provinces, Clock clock) {
        this.provinces = provinces;
        this.journey = journey;
        this.validation = validation;
        this.assessments = assessments;
        this.checklists = checklists;
        this.messages = messages;
        this.clock = clock;
    }

    /** The kinds an application can be pre-registered as. */
    public static List<String> kinds() {
        return PreRegistrationForm.KINDS;
    }

    /**
     * Reads a pre-registration as the page does; {@code values} are the page's field names (dates as
     * {@code -day}, {@code -month}, {@code -year}).
     */
    public PreRegistration preRegistration(String kind, Map<String, String> values, Locale language) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        values.forEach(form::add);
        PreRegistrationForm typed = new PreRegistrationForm(kind, form, today(),
                assessments.rulebook().vocabulary().get("permitType").keySet());
        if (!typed.problems().isEmpty()) {
            return new PreRegistration(typed.problems(), null, null, Map.of());
        }
        return new PreRegistration(Map.of(), typed.identity(), typed.contact(language), typed.prefilledAnswers());
    }

    /** The slugs of the pages that apply to the draft's answers so far, in order. */
    public List<String> pages(ResidenceApplication application) {
        Answers answers = answers(application);
        List<String> slugs = new ArrayList<>(Step.applying(Step.APPLICATION, answers, today()).stream()
                .map(Step::slug).toList());
        slugs.addAll(extraSteps(answers));
        return slugs;
    }

    /** The first page not yet answered; empty when the form is complete (or no longer a draft). */
    public Optional<String> next(ResidenceApplication application) {
        if (application.state() != ApplicationState.DRAFT) {
            return Optional.empty();
        }
        Answers answers = answers(application);
        Optional<Step> step = Step.firstIncomplete(Step.APPLICATION, answers, today());
        if (step.isPresent()) {
            return Optional.of(step.get().slug());
        }
        return extraSteps(answers).stream().filter(s -> !extraComplete(s, answers)).findFirst();
    }

    public boolean isComplete(ResidenceApplication application) {
        return application.state() == ApplicationState.DRAFT && next(application).isEmpty();
    }

    /** Whether the page {@code slug} is asked of the draft's answers so far. */
    public boolean applies(ResidenceApplication application, String slug) {
        Answers answers = answers(application);
        return rulebookStep(slug, answers).isPresent() || extraStepApplies(slug, answers);
    }

    /** The questions of an applying page, with the titles of their choices in {@code locale}. */
    public List<QuestionView> questions(ResidenceApplication application, String slug, Locale locale) {
        Answers answers = answers(application);
        Optional<Step> step = rulebookStep(slug, answers);
        if (step.isPresent()) {
            return step.get().asked(answers, today()).stream()
                    .map(q -> new QuestionView(q.name(), q.kind().name(), q.required(), options(q, locale)))
                    .toList();
        }
        return switch (slug) {
            case ADDRESS -> List.of(new QuestionView("addressProvince", FieldKind.CHOICE.name(), true,
                            provinceNames(locale)),
                    new QuestionView("addressDistrict", FieldKind.TEXT.name(), true, Map.of()),
                    new QuestionView("addressLine", FieldKind.TEXT.name(), true, Map.of()));
            case ROLE -> List.of(new QuestionView("applicantRole", FieldKind.CHOICE.name(), true,
                            vocabulary("applicantRole", locale)),
                    new QuestionView("representativeName", FieldKind.TEXT.name(), false, Map.of()));
            default -> List.of(new QuestionView("university", FieldKind.TEXT.name(), false, Map.of()),
                    new QuestionView("shareWithUniversity", FieldKind.YES_NO.name(), false, Map.of()));
        };
    }

    /** The inputs a page reads: a date question has three ({@code -day}, {@code -month}, {@code -year}). */
    public Set<String> inputs(ResidenceApplication application, String slug) {
        Answers answers = answers(application);
        Optional<Step> step = rulebookStep(slug, answers);
        if (step.isPresent()) {
            Set<String> inputs = new java.util.LinkedHashSet<>();
            step.get().asked(answers, today()).forEach(q -> inputs.addAll(q.inputs()));
            return inputs;
        }
        return switch (slug) {
            case ADDRESS -> Set.of("addressProvince", "addressDistrict", "addressLine");
            case ROLE -> Set.of("applicantRole", "representativeName");
            default -> Set.of("university", "shareWithUniversity");
        };
    }

    /** A page as read: the answers with it, and its problems (a rulebook page's or an extra page's keys). */
    record Read(Answers answers, Optional<Step> step, Map<String, ChecklistValidation.Problem> stepProblems,
            Map<String, String> extraProblems) {

        boolean ok() {
            return stepProblems.isEmpty() && extraProblems.isEmpty();
        }
    }

    /**
     * Reads and judges one page of a draft's form, typed in {@code locale}, and saves it when all is
     * well. The answer is the problems by field name (localized messages), empty when saved.
     *
     * @throws IllegalArgumentException when the page is not asked of this draft
     */
    public Map<String, String> answer(ResidenceApplication application, String slug,
            MultiValueMap<String, String> form, Locale locale) {
        return answer(application, slug, form, locale, locale);
    }

    /** The same, with numbers typed as {@code typedIn} writes them and the messages in {@code locale}. */
    public Map<String, String> answer(ResidenceApplication application, String slug,
            MultiValueMap<String, String> form, Locale typedIn, Locale locale) {
        Read read = read(application, slug, form, typedIn);
        Map<String, String> problems = new LinkedHashMap<>();
        read.stepProblems().forEach((field, problem) -> problems.put(field,
                messages.getMessage(problem.key(), problem.args().toArray(), locale)));
        read.extraProblems().forEach((field, key) -> problems.put(field, messages.getMessage(key, null, locale)));
        if (problems.isEmpty()) {
            save(application, slug, read.answers(), form);
        }
        return problems;
    }

    /** Reads one page of a draft's form into a copy of its answers and judges it; saves nothing. */
    Read read(ResidenceApplication application, String slug, MultiValueMap<String, String> form, Locale locale) {
        Answers saved = answers(application);
        Answers answers = new Answers(saved);
        Optional<Step> step = rulebookStep(slug, saved);
        if (step.isPresent()) {
            for (Question q : step.get().questions()) {
                for (String input : q.inputs()) {
                    answers.put(input, q.asked().test(answers, today()) ? form.getFirst(input) : null);
                }
            }
            return new Read(answers, step, validation.read(answers, step.get(), today(), locale), Map.of());
        }
        if (extraStepApplies(slug, saved)) {
            return new Read(answers, step, Map.of(), readExtra(slug, form, answers));
        }
        throw new IllegalArgumentException("page not asked: " + slug);
    }

    /** Saves a page read without problems. */
    void save(ResidenceApplication application, String slug, Answers answers, MultiValueMap<String, String> form) {
        journey.saveAnswers(application.number(), answers.asMap(), province(answers));
        if (UNIVERSITY.equals(slug)) {
            journey.shareWithUniversity(application.number(), answers.get("university"),
                    "YES".equals(form.getFirst("shareWithUniversity")));
        }
    }

    /** The checklist of documents: the frozen one once submitted, else the one the answers give today. */
    public List<ChecklistItem> checklist(ResidenceApplication application) {
        return checklists.of(application);
    }

    /**
     * The checklist items without any upload that the applicant is expected to bring (those only on
     * request left out): what submitting asks to confirm.
     */
    public List<String> withoutUpload(ResidenceApplication application, Locale locale) {
        return checklists.withoutUpload(application, locale).stream().map(ApplicationChecklists.ItemState::code)
                .toList();
    }

    /**
     * The request the answers stand for, its permit history completed with the permits Passage issued
     * to the same passport (see {@link PermitHistories}).
     */
    public ResidencePermitRequest request(ResidenceApplication application) {
        Answers answers = answers(application);
        ResidencePermitRequest r = ChecklistRequests.of(answers, today());
        ResidencePermitRequest.Applicant a = r.applicant();
        ResidencePermitRequest.Applicant applicant = new ResidencePermitRequest.Applicant(a.birthDate(),
                a.nationality(), a.maritalStatus(), a.accommodation(), a.hostMarried(), a.parentsOnPassport(),
                a.parentSituation(), a.healthInsurance(), a.protectionStatus(), a.currentPermit(),
                PermitHistories.merge(journey.permitHistory(application.identity().passportNumber()),
                        a.permitHistory(), today()),
                a.socialAssistanceLast3Years(), a.previousTurkishCoursePermits(), a.graduationDate(),
                a.documentsIssuedIn(), a.costsCoveredByPublicBody());
        return new ResidencePermitRequest(r.applicationKind(), r.permitType(), r.reason(), r.studyLevel(),
                r.relationship(), r.applicationDate(), answers.get("applicantRole"), applicant, r.study(),
                r.stay(), r.sponsor(), r.circumstances());
    }

    private Map<String, String> options(Question q, Locale locale) {
        return q.kind() == FieldKind.CHOICE && q.codes() != null ? vocabulary(q.codes(), locale) : Map.of();
    }

    private Map<String, String> provinceNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        provinces.all(locale).forEach(p -> names.put(p.code().value(), p.name(locale)));
        return names;
    }

    private Map<String, String> vocabulary(String group, Locale locale) {
        Map<String, String> titles = new LinkedHashMap<>();
        var codes = assessments.rulebook().vocabulary().get(group);
        if (codes != null) {
            codes.forEach((code, title) -> titles.put(code, title.in(locale)));
        }
        return titles;
    }

    /** Reads an extra page into the answers; returns the problems by field (message keys). */
    static Map<String, String> readExtra(String slug, MultiValueMap<String, String> form, Answers answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        switch (slug) {
            case ADDRESS -> {
                String province = form.getFirst("addressProvince");
                answers.put("addressProvince", province);
                answers.put("addressDistrict", limited(form.getFirst("addressDistrict")));
                answers.put("addressLine", limited(form.getFirst("addressLine")));
                if (answers.get("addressProvince") == null) {
                    problems.put("addressProvince", "journey.q.addressProvince.required");
                } else if (!ProvinceCode.isValid(answers.get("addressProvince"))) {
                    problems.put("addressProvince", "checklist.error.invalid");
                }
                text(answers, "addressDistrict", problems);
                text(answers, "addressLine", problems);
            }
            case ROLE -> {
                answers.put("applicantRole", form.getFirst("applicantRole"));
                answers.put("representativeName", limited(form.getFirst("representativeName")));
                String role = answers.get("applicantRole");
                if (role == null) {
                    problems.put("applicantRole", "journey.q.applicantRole.required");
                } else if (!List.of("SELF", "LEGAL_REPRESENTATIVE", "LAWYER").contains(role)) {
                    problems.put("applicantRole", "checklist.error.invalid");
                } else if ("SELF".equals(role)) {
                    answers.put("representativeName", null);
                } else {
                    text(answers, "representativeName", problems);
                }
            }
            default -> {
                answers.put("universityAsked", "YES");
                answers.put("university", limited(form.getFirst("university")));
                answers.put("shareWithUniversity", "YES".equals(form.getFirst("shareWithUniversity")) ? "YES" : null);
                if ("YES".equals(answers.get("shareWithUniversity")) && answers.get("university") == null) {
                    problems.put("university", "journey.error.university-for-consent");
                } else if (answers.get("university") != null && !FreeText.isClean(answers.get("university"))) {
                    problems.put("university", FreeText.MESSAGE_KEY);
                }
            }
        }
        return problems;
    }

    private static void text(Answers answers, String field, Map<String, String> problems) {
        String value = answers.get(field);
        if (value == null) {
            problems.put(field, "journey.q." + field + ".required");
        } else if (value.length() > 200 || value.chars().anyMatch(Character::isISOControl)) {
            problems.put(field, "journey.error.text");
        } else if (!FreeText.isClean(value)) {
            problems.put(field, FreeText.MESSAGE_KEY);
        }
    }

    private static String limited(String value) {
        return value == null || value.length() > 1000 ? (value == null ? null : value.substring(0, 1000)) : value;
    }

    Optional<Step> rulebookStep(String slug, Answers answers) {
        return Step.bySlug(slug).filter(Step.APPLICATION::contains).filter(s -> s.applies(answers, today()));
    }

    static boolean extraStepApplies(String slug, Answers answers) {
        return switch (slug) {
            case ADDRESS, ROLE -> true;
            case UNIVERSITY -> answers.is("permitType", "STUDENT");
            default -> false;
        };
    }

    static List<String> extraSteps(Answers answers) {
        return EXTRA.stream().filter(s -> extraStepApplies(s, answers)).toList();
    }

    private static boolean extraComplete(String slug, Answers answers) {
        return switch (slug) {
            case ADDRESS -> answers.get("addressProvince") != null && answers.get("addressLine") != null
                    && answers.get("addressDistrict") != null;
            case ROLE -> answers.get("applicantRole") != null
                    && (answers.is("applicantRole", "SELF") || answers.get("representativeName") != null);
            default -> answers.get("universityAsked") != null;
        };
    }

    static Answers answers(ResidenceApplication application) {
        Answers answers = new Answers();
        application.answers().forEach(answers::put);
        return answers;
    }

    private static ProvinceCode province(Answers answers) {
        String code = answers.get("addressProvince");
        return code != null && ProvinceCode.isValid(code) ? new ProvinceCode(code) : null;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
