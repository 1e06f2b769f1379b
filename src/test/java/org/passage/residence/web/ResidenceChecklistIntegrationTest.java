package org.passage.residence.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PassageIntegrationTest
class ResidenceChecklistIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aStudentJourneyReachesTheChecklistWithADormitoryCertificate() throws Exception {
        ChecklistJourney journey = new ChecklistJourney(mvc, "en");

        assertThat(redirect(journey.answer("kind", "applicationKind", "FIRST"))).endsWith("/permit");
        assertThat(redirect(journey.answer("permit", "permitType", "STUDENT"))).endsWith("/study-level");
        assertThat(redirect(journey.answer("study-level", "studyLevel", "BACHELOR"))).endsWith("/applicant");
        assertThat(redirect(journey.answer("applicant", adultStudent()))).endsWith("/study");
        assertThat(redirect(journey.answer("study", "enrolment", "REGULAR", "enrolmentDate-day", "15",
                "enrolmentDate-month", "9", "enrolmentDate-year", "2026", "repeatYear", "NO"))).endsWith("/stay");
        assertThat(redirect(journey.answer("stay", "requestedMonths", "12"))).endsWith("/check");
        assertThat(body(journey.get("/residence/checklist/check"))).contains("Check your answers", "Bachelor",
                "Dormitory");
        assertThat(redirect(journey.confirm())).endsWith("/result");

        String checklist = body(journey.get("/residence/checklist/result"));
        assertThat(checklist).contains("id=\"document-DORMITORY_CERTIFICATE\"", "Dormitory certificate",
                "Documents you provide", "48 months")
                .doesNotContain("id=\"document-RENTAL_AGREEMENT_NOTARIZED\"", "Documents your sponsor provides");
    }

    @Test
    void aMissingAnswerShowsTheErrorSummaryLinkingTheField() throws Exception {
        ChecklistJourney journey = studentUpToTheApplicantPage();

        MvcResult result = journey.answer("applicant", "nationality", "DE", "maritalStatus", "SINGLE",
                "accommodation", "DORMITORY", "healthInsurance", "PRIVATE");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result))
                .contains("<title>Error: About you – Passage</title>")
                .contains("class=\"error-summary\"", "There is a problem")
                .contains("<a href=\"#birthDate-day\">Enter your date of birth</a>")
                .contains("id=\"birthDate-error\"", "aria-describedby=\"birthDate-hint birthDate-error\"")
                .contains("value=\"DE\"", "autocomplete=\"bday-day\"", "autocomplete=\"bday-year\"")
                .doesNotContain("=\"null\"");
    }

    @Test
    void theApiValidationOfTheRequestShowsOnTheWizardField() throws Exception {
        ChecklistJourney journey = studentUpToTheApplicantPage();
        String[] bornTomorrow = adultStudent().clone();
        bornTomorrow[5] = "2099";

        assertThat(body(journey.answer("applicant", bornTomorrow)))
                .contains("<a href=\"#birthDate-day\">The date must be in the past</a>");
        journey.answer("applicant", adultStudent());
        journey.answer("study", "enrolment", "REGULAR", "enrolmentDate-day", "15", "enrolmentDate-month", "9",
                "enrolmentDate-year", "2026", "repeatYear", "NO");
        assertThat(body(journey.answer("stay", "requestedMonths", "500")))
                .contains("<a href=\"#requestedMonths\">Enter 120 or less</a>");
    }

    @Test
    void aFamilyJourneyAsksSponsorQuestionsAndAStudentOneDoesNot() throws Exception {
        ChecklistJourney family = new ChecklistJourney(mvc, "en");
        family.answer("kind", "applicationKind", "FIRST");
        family.answer("permit", "permitType", "FAMILY");
        assertThat(redirect(family.answer("relationship", "relationship", "SPOUSE"))).endsWith("/applicant");
        assertThat(redirect(family.answer("applicant", married(adultStudent())))).endsWith("/sponsor");
        assertThat(body(family.get("/residence/checklist/sponsor"))).contains("Who is your sponsor?",
                "Turkish citizen", "Does another spouse of your sponsor already hold a family permit?");

        ChecklistJourney student = studentUpToTheApplicantPage();
        student.answer("applicant", adultStudent());
        assertThat(redirect(student.get("/residence/checklist/sponsor"))).endsWith("/study");
        assertThat(body(student.get("/residence/checklist/study"))).doesNotContain("sponsor");
    }

    @Test
    void theChecklistShowsTheCitationOfEveryItem() throws Exception {
        ChecklistJourney journey = completedStudentJourney("en");

        assertThat(body(journey.get("/residence/checklist/result")))
                .contains("Source: Presidency of Migration Management: Residence Permits: types, conditions and required"
                        + " documents under Law No. 6458, https://en.goc.gov.tr/residence-permits (read 2026-11), 5, 9"
                        + " (explanations)")
                .contains("Law No. 6458 on Foreigners and International Protection (Official Gazette 11.04.2013,"
                        + " No. 28615) (read 2026-11), Art. 41")
                .doesNotContain("seed");
    }

    @Test
    void thePagesRenderInTurkishEnglishAndGerman() throws Exception {
        assertThat(body(new ChecklistJourney(mvc, "tr").get("/residence/checklist/kind")))
                .contains("<html lang=\"tr\">", "Ne tür bir başvuru yapıyorsunuz?", "İlk başvuru", "Devam et");
        assertThat(body(new ChecklistJourney(mvc, "en").get("/residence/checklist/kind")))
                .contains("<html lang=\"en\">", "What kind of application are you making?", "First application");
        assertThat(body(new ChecklistJourney(mvc, "de").get("/residence/checklist/kind")))
                .contains("<html lang=\"de\">", "Welche Art von Antrag stellen Sie?", "Erstantrag", "Weiter");
        assertThat(body(completedStudentJourney("tr").get("/residence/checklist/result")))
                .contains("İkamet izni kontrol listeniz", "Yurt belgesi", "Kaynak:");
        assertThat(body(completedStudentJourney("de").get("/residence/checklist/result")))
                .contains("Ihre Checkliste für die Aufenthaltserlaubnis", "Wohnheimbescheinigung", "Quelle:");
    }

    @Test
    void anExpiredPermitCannotBeExtendedAndTheChecklistPutsThatFirst() throws Exception {
        ChecklistJourney journey = new ChecklistJourney(mvc, "en");
        journey.answer("kind", "applicationKind", "EXTENSION");
        journey.answer("permit", "permitType", "STUDENT");
        journey.answer("study-level", "studyLevel", "BACHELOR");
        String[] insuredLater = adultStudent().clone();
        insuredLater[insuredLater.length - 1] = "SGK_GHI_WITHIN_3_MONTHS";
        assertThat(redirect(journey.answer("applicant", insuredLater))).endsWith("/current-permit");
        journey.answer("current-permit", "currentPermitType", "STUDENT", "currentPermitValidUntil-day", "1",
                "currentPermitValidUntil-month", "1", "currentPermitValidUntil-year", "2020");
        journey.answer("study", "enrolment", "REGULAR", "enrolmentDate-day", "15", "enrolmentDate-month", "9",
                "enrolmentDate-year", "2026", "repeatYear", "NO");
        journey.answer("stay", "requestedMonths", "12");
        assertThat(redirect(journey.confirm())).endsWith("/result");

        String checklist = body(journey.get("/residence/checklist/result"));
        assertThat(checklist).contains("Something in your answers stops the application", "id=\"deadline-SGK_GHI_NOTICE\"");
        assertThat(checklist.indexOf("id=\"finding-PERMIT_EXPIRED\""))
                .isPositive()
                .isLessThan(checklist.indexOf("id=\"finding-STUDENT_WORK_AFTER_FIRST_YEAR\""));
    }

    @Test
    void aSpouseOfTheSponsorWhoAnswersSingleIsAskedToCheckTheMaritalStatus() throws Exception {
        ChecklistJourney family = new ChecklistJourney(mvc, "en");
        family.answer("kind", "applicationKind", "FIRST");
        family.answer("permit", "permitType", "FAMILY");
        family.answer("relationship", "relationship", "SPOUSE");

        assertThat(body(family.answer("applicant", adultStudent())))
                .contains("<a href=\"#maritalStatus\">You said you are the sponsor’s husband or wife");
        assertThat(redirect(family.answer("applicant", married(adultStudent())))).endsWith("/sponsor");
    }

    @Test
    void theStayQuestionShowsItsUnit() throws Exception {
        ChecklistJourney journey = studentUpToTheApplicantPage();
        journey.answer("applicant", adultStudent());
        journey.answer("study", "enrolment", "REGULAR", "enrolmentDate-day", "15", "enrolmentDate-month", "9",
                "enrolmentDate-year", "2026", "repeatYear", "NO");

        assertThat(body(journey.get("/residence/checklist/stay")))
                .contains("<span class=\"input__suffix\" id=\"requestedMonths-suffix\">months</span>")
                .contains("aria-describedby=\"requestedMonths-hint requestedMonths-suffix\"");
    }

    @Test
    void aTurkishPageReadsTheSponsorsIncomeWithItsThousandsSeparator() throws Exception {
        ChecklistJourney family = new ChecklistJourney(mvc, "tr");
        family.answer("kind", "applicationKind", "FIRST");
        family.answer("permit", "permitType", "FAMILY");
        family.answer("relationship", "relationship", "SPOUSE");
        family.answer("applicant", married(adultStudent()));

        assertThat(redirect(family.answer("sponsor", "sponsorKind", "TURKISH_CITIZEN", "sponsorIncome", "45.000",
                "sponsorFamilyMembers", "2", "sponsorAddressRegistered", "YES", "sponsorInsuranceCoversFamily", "YES",
                "sponsorConvicted", "NO", "sponsorOtherSpouse", "NO"))).endsWith("/stay");
        assertThat(body(family.get("/residence/checklist/sponsor"))).contains("value=\"45.000\"");
        assertThat(body(new ChecklistJourney(mvc, "en", family).get("/residence/checklist/sponsor")))
                .contains("value=\"45,000\"");
    }

    private static String[] married(String[] answers) {
        String[] married = answers.clone();
        married[9] = "MARRIED";
        return married;
    }

    private ChecklistJourney studentUpToTheApplicantPage() throws Exception {
        ChecklistJourney journey = new ChecklistJourney(mvc, "en");
        journey.answer("kind", "applicationKind", "FIRST");
        journey.answer("permit", "permitType", "STUDENT");
        journey.answer("study-level", "studyLevel", "BACHELOR");
        return journey;
    }

    private ChecklistJourney completedStudentJourney(String language) throws Exception {
        ChecklistJourney journey = new ChecklistJourney(mvc, language);
        journey.answer("kind", "applicationKind", "FIRST");
        journey.answer("permit", "permitType", "STUDENT");
        journey.answer("study-level", "studyLevel", "BACHELOR");
        journey.answer("applicant", adultStudent());
        journey.answer("study", "enrolment", "REGULAR", "enrolmentDate-day", "15", "enrolmentDate-month", "9",
                "enrolmentDate-year", "2026", "repeatYear", "NO");
        journey.answer("stay", "requestedMonths", "12");
        assertThat(redirect(journey.confirm())).endsWith("/result");
        return journey;
    }

    private static String[] adultStudent() {
        return new String[] {"birthDate-day", "27", "birthDate-month", "3", "birthDate-year", "2004",
                "nationality", "DE", "maritalStatus", "SINGLE", "accommodation", "DORMITORY",
                "healthInsurance", "PRIVATE"};
    }

    private static String redirect(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    private static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
