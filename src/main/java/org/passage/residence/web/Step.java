package org.passage.residence.web;

import static org.passage.forms.Question.country;
import static org.passage.forms.Question.date;
import static org.passage.forms.Question.money;
import static org.passage.forms.Question.number;
import static org.passage.forms.Question.yesNo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passage.forms.Answers;
import org.passage.forms.Page;
import org.passage.forms.Question;
import org.passage.forms.Question.Asked;

/**
 * The pages of the checklist wizard in order, one topic each. A page is shown only when one of
 * its questions is asked, so the wizard asks only what the chosen permit needs.
 */
enum Step implements Page {

    KIND("kind", radios("applicationKind", "applicationKind", "applicationKind")),
    PERMIT("permit", radios("permitType", "permitType", "permitType")),
    REASON("reason", radios("reason", "shortTermReason", "reason").when(permit("SHORT_TERM"))),
    STUDY_LEVEL("study-level", radios("studyLevel", "studyLevel", "studyLevel").when(permit("STUDENT"))),
    RELATIONSHIP("relationship", radios("relationship", "relationship", "relationship").when(permit("FAMILY"))),
    APPLICANT("applicant",
            date("birthDate", "applicant.birthDate"),
            country("nationality", "applicant.nationality"),
            country("documentsIssuedIn", "applicant.documentsIssuedIn").optional(),
            radios("maritalStatus", "maritalStatus", "applicant.maritalStatus"),
            radios("accommodation", "accommodation", "applicant.accommodation"),
            radios("healthInsurance", "healthInsurance", "applicant.healthInsurance"),
            radios("protectionStatus", "protectionStatus", "applicant.protectionStatus").when(permit("LONG_TERM"))),
    PARENTS("parents",
            radios("parentSituation", "parentSituation", "applicant.parentSituation").when(Step::minor),
            yesNo("parentsOnPassport", "applicant.parentsOnPassport").when(Step::minor)),
    HOST("host", yesNo("hostMarried", "applicant.hostMarried")
            .when((a, today) -> a.is("accommodation", "THIRD_PARTY"))),
    CURRENT_PERMIT("current-permit",
            radios("currentPermitType", "permitType", "applicant.currentPermit.type").when(Step::continuing),
            date("currentPermitValidUntil", "applicant.currentPermit.validUntil").when(Step::continuing)),
    STUDY("study",
            radios("enrolment", "enrolment", "study.enrolment").when(permit("STUDENT")),
            date("enrolmentDate", "study.enrolmentDate").when(permit("STUDENT")),
            yesNo("repeatYear", "circumstances.repeatYear").when(permit("STUDENT"))),
    SPONSOR("sponsor",
            radios("sponsorKind", "sponsorKind", "sponsor.kind").when(permit("FAMILY")),
            money("sponsorIncome", "sponsor.monthlyIncomeTry").when(permit("FAMILY")),
            number("sponsorFamilyMembers", "sponsor.familyMembersInTurkiye").when(permit("FAMILY")),
            yesNo("sponsorAddressRegistered", "sponsor.addressRegistered").when(permit("FAMILY")),
            yesNo("sponsorInsuranceCoversFamily", "sponsor.insuranceCoversFamily").when(permit("FAMILY")),
            yesNo("sponsorConvicted", "sponsor.convictedOfCrimeAgainstFamilyLast5Years").when(permit("FAMILY")),
            yesNo("sponsorOtherSpouse", "sponsor.hasAnotherSpouseWithFamilyPermit")
                    .when((a, today) -> a.is("permitType", "FAMILY") && a.is("relationship", "SPOUSE"))),
    SPONSOR_PERMIT("sponsor-permit",
            radios("sponsorPermitType", "permitType", "sponsor.permitType")
                    .when((a, today) -> a.is("permitType", "FAMILY") && a.is("sponsorKind", "RESIDENCE_PERMIT_HOLDER")),
            date("sponsorOnPermitSince", "sponsor.onPermitSince").when(Step::foreignSponsor),
            date("sponsorPermitValidUntil", "sponsor.permitValidUntil").when(Step::foreignSponsor)),
    HISTORY("history",
            number("otherMonths", "applicant.permitHistory").when(permit("LONG_TERM")),
            number("studentMonths", "applicant.permitHistory").when(permit("LONG_TERM"))),
    CIRCUMSTANCES("circumstances",
            yesNo("researchNeedsPermission", "circumstances.researchNeedsPermission")
                    .when(reason("SCIENTIFIC_RESEARCH")),
            yesNo("excavationOrSurvey", "circumstances.excavationOrSurvey").when(reason("SCIENTIFIC_RESEARCH")),
            yesNo("dwellingUsedAsHome", "circumstances.dwellingUsedAsHome").when(reason("OWNS_PROPERTY")),
            yesNo("treatmentCostsPaid", "circumstances.treatmentCostsPaid").when(reason("MEDICAL_TREATMENT")),
            yesNo("costsCoveredByPublicBody", "applicant.costsCoveredByPublicBody")
                    .when(reason("MEDICAL_TREATMENT", "PUBLIC_AGENCY_PROGRAMME")),
            yesNo("sgkRegisteredExchange", "circumstances.sgkRegisteredExchange")
                    .when(reason("EXCHANGE_AGREEMENT_EDUCATION")),
            radios("familyTransferGround", "familyTransferGround", "circumstances.familyTransferGround")
                    .when(reason("TRANSFER_FROM_FAMILY")),
            yesNo("domesticViolenceCourtFinding", "circumstances.domesticViolenceCourtFinding")
                    .when(reason("TRANSFER_FROM_FAMILY")),
            number("familyMonths", "applicant.permitHistory").when(reason("TRANSFER_FROM_FAMILY")),
            date("graduationDate", "applicant.graduationDate").when(reason("POST_GRADUATION")),
            yesNo("postGraduationBefore", "applicant.permitHistory").when(reason("POST_GRADUATION")),
            number("previousTurkishCoursePermits", "applicant.previousTurkishCoursePermits")
                    .when(reason("TURKISH_COURSE")),
            number("programmeMonths", "stay.programmeMonths").when(reason("ON_THE_JOB_TRAINING",
                    "INTERNSHIP_EXCHANGE", "MEDICAL_TREATMENT", "AUTHORITY_REQUEST", "EXCHANGE_AGREEMENT_EDUCATION",
                    "TURKISH_COURSE", "PUBLIC_AGENCY_PROGRAMME")),
            yesNo("socialAssistanceLast3Years", "applicant.socialAssistanceLast3Years").when(permit("LONG_TERM")),
            yesNo("stableIncome", "circumstances.stableIncome").when(permit("LONG_TERM"))),
    STAY("stay", number("requestedMonths", "stay.requestedMonths")
            .when((a, today) -> a.get("permitType") != null && !a.is("permitType", "LONG_TERM")));

    /** Every page, in order: the checklist wizard's flow. */
    static final List<Step> ALL = List.of(values());

    /**
     * The pages of the application form: the kind of application and the current permit are
     * answered at pre-registration already.
     */
    static final List<Step> APPLICATION = Arrays.stream(values())
            .filter(s -> s != KIND && s != CURRENT_PERMIT).toList();

    private final String slug;
    private final List<Question> questions;

    Step(String slug, Question... questions) {
        this.slug = slug;
        this.questions = List.of(questions);
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public List<Question> questions() {
        return questions;
    }

    static Optional<Step> bySlug(String slug) {
        return Page.bySlug(ALL, slug);
    }

    /** The first page that applies and is not complete: where the journey goes on. */
    static Optional<Step> firstIncomplete(Answers answers, LocalDate today) {
        return Page.firstIncomplete(ALL, answers, today);
    }

    /** The first page of {@code steps} that applies and is not complete. */
    static Optional<Step> firstIncomplete(List<Step> steps, Answers answers, LocalDate today) {
        return Page.firstIncomplete(steps, answers, today);
    }

    /** The page of {@code steps} before this one that applies. */
    Optional<Step> previous(List<Step> steps, Answers answers, LocalDate today) {
        return Page.previous(steps, this, answers, today);
    }

    static Optional<Step> last(List<Step> steps, Answers answers, LocalDate today) {
        return Page.last(steps, answers, today);
    }

    static List<Step> applying(List<Step> steps, Answers answers, LocalDate today) {
        return Page.applying(steps, answers, today);
    }

    /** A choice among the codes of a rulebook vocabulary group, shown as radios. */
    private static Question radios(String name, String codes, String path) {
        return Question.choice(name, codes, path);
    }

    private static Asked permit(String type) {
        return (answers, today) -> answers.is("permitType", type);
    }

    private static Asked reason(String... reasons) {
        Set<String> set = Set.of(reasons);
        return (answers, today) -> answers.is("permitType", "SHORT_TERM") && set.contains(answers.get("reason"));
    }

    private static boolean continuing(Answers answers, LocalDate today) {
        return answers.is("applicationKind", "EXTENSION") || answers.is("applicationKind", "TRANSFER");
    }

    private static boolean foreignSponsor(Answers answers, LocalDate today) {
        return answers.is("permitType", "FAMILY") && answers.get("sponsorKind") != null
                && !answers.is("sponsorKind", "TURKISH_CITIZEN");
    }

    /** Under 18 today, by the birth date answered (the rulebook's {@code value.minor} uses the same age). */
    static boolean minor(Answers answers, LocalDate today) {
        LocalDate birthDate = APPLICANT.questions.getFirst().date(answers);
        return birthDate != null && ChronoUnit.YEARS.between(birthDate, today) < 18;
    }
}
