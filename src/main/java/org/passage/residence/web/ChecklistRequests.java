package org.passage.residence.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passage.forms.Answers;
import org.passage.forms.Question;
import org.passage.residence.ResidencePermitRequest;
import org.passage.residence.ResidencePermitRequest.Applicant;
import org.passage.residence.ResidencePermitRequest.Circumstances;
import org.passage.residence.ResidencePermitRequest.CurrentPermit;
import org.passage.residence.ResidencePermitRequest.PermitPeriod;
import org.passage.residence.ResidencePermitRequest.Sponsor;
import org.passage.residence.ResidencePermitRequest.Stay;
import org.passage.residence.ResidencePermitRequest.Study;

/**
 * Builds the API's request from the wizard's answers, reading only the questions that are asked,
 * so that the wizard and {@code POST /api/v1/assessments/residence-permit} judge the same thing.
 */
final class ChecklistRequests {

    private final Map<String, Question> asked = new HashMap<>();
    private final Answers answers;
    private final LocalDate today;

    private ChecklistRequests(Answers answers, LocalDate today) {
        this.answers = answers;
        this.today = today;
        for (Step step : Step.values()) {
            step.asked(answers, today).forEach(q -> asked.put(q.name(), q));
        }
    }

    static ResidencePermitRequest of(Answers answers, LocalDate today) {
        return new ChecklistRequests(answers, today).request();
    }

    private ResidencePermitRequest request() {
        boolean family = asked.containsKey("sponsorKind");
        boolean continuing = asked.containsKey("currentPermitType");
        CurrentPermit currentPermit = continuing
                ? new CurrentPermit(text("currentPermitType"), date("currentPermitValidUntil")) : null;
        Applicant applicant = new Applicant(date("birthDate"), text("nationality"), text("maritalStatus"),
                text("accommodation"), yesNo("hostMarried"), yesNo("parentsOnPassport"), text("parentSituation"),
                text("healthInsurance"), text("protectionStatus"), currentPermit, history(),
                yesNo("socialAssistanceLast3Years"), number("previousTurkishCoursePermits"), date("graduationDate"),
                text("documentsIssuedIn"), yesNo("costsCoveredByPublicBody"));
        Study study = asked.containsKey("enrolment") ? new Study(text("enrolment"), date("enrolmentDate")) : null;
        Stay stay = new Stay(number("requestedMonths"), number("programmeMonths"));
        Sponsor sponsor = family ? new Sponsor(text("sponsorKind"), amount("sponsorIncome"),
                number("sponsorFamilyMembers"), date("sponsorPermitValidUntil"), date("sponsorOnPermitSince"),
                yesNo("sponsorConvicted"), yesNo("sponsorAddressRegistered"), yesNo("sponsorInsuranceCoversFamily"),
                text("sponsorPermitType"), yesNo("sponsorOtherSpouse")) : null;
        Circumstances circumstances = new Circumstances(yesNo("researchNeedsPermission"), yesNo("excavationOrSurvey"),
                yesNo("treatmentCostsPaid"), yesNo("sgkRegisteredExchange"), text("familyTransferGround"),
                yesNo("domesticViolenceCourtFinding"), yesNo("repeatYear"), yesNo("dwellingUsedAsHome"),
                yesNo("stableIncome"), null, null);
        return new ResidencePermitRequest(text("applicationKind"), text("permitType"), text("reason"),
                text("studyLevel"), text("relationship"), null, null, applicant, study, stay, sponsor, circumstances);
    }

    /**
     * The wizard asks for months rather than a list of permits; they become periods ending today,
     * one unbroken chain (student time first), which is how the API counts them.
     */
    private List<PermitPeriod> history() {
        List<PermitPeriod> periods = new ArrayList<>();
        LocalDate end = today;
        for (String[] kind : new String[][] {{"otherMonths", "SHORT_TERM"}, {"familyMonths", "FAMILY"},
                {"studentMonths", "STUDENT"}}) {
            Integer months = number(kind[0]);
            if (months != null && months > 0) {
                LocalDate from = end.plusDays(1).minusMonths(months);
                periods.add(new PermitPeriod(kind[1], null, from, end));
                end = from.minusDays(1);
            }
        }
        if (Boolean.TRUE.equals(yesNo("postGraduationBefore"))) {
            // Only the reason counts (the permit is given once); the dates are a year before the chain.
            LocalDate to = end.minusYears(1);
            periods.add(new PermitPeriod("SHORT_TERM", "POST_GRADUATION", to.plusDays(1).minusMonths(12), to));
        }
        return periods.isEmpty() ? null : periods;
    }

    private String text(String name) {
        Question q = asked.get(name);
        return q == null ? null : q.text(answers);
    }

    private Boolean yesNo(String name) {
        Question q = asked.get(name);
        return q == null ? null : q.yesNo(answers);
    }

    private LocalDate date(String name) {
        Question q = asked.get(name);
        return q == null ? null : q.date(answers);
    }

    private Integer number(String name) {
        Question q = asked.get(name);
        return q == null ? null : q.number(answers);
    }

    private BigDecimal amount(String name) {
        Question q = asked.get(name);
        return q == null ? null : q.money(answers);
    }
}
