package org.passage.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.calendar.BusinessCalendar;
import org.passage.notifications.Notifications;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ReviewRefusedException.Reason;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Applications;
import org.passage.residence.application.Attachment;
import org.passage.residence.application.ReviewTexts;
import org.passage.residence.application.Reviews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@PassageIntegrationTest
class ApplicationReviewsIntegrationTest {

    static final ProvinceCode BURSA = new ProvinceCode("16");
    static final ProvinceCode IZMIR = new ProvinceCode("35");
    static final Actor OFFICER = Actor.staff("officer-bursa");

    @Autowired
    TestApplications testApplications;
    @Autowired
    ApplicationReviews reviews;
    @Autowired
    ResidenceApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Applications applicationStore;
    @Autowired
    Reviews reviewStore;
    @Autowired
    ResidencePermitAssessments assessments;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Notifications notifications;
    @Autowired
    ReviewTexts texts;

    @Test
    void aNoShowWithdrawsTheApplicationAndTellsTheApplicant() {
        ApplicationNumber number = testApplications.booked(BURSA);

        reviews.noShow(number, OFFICER);

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.WITHDRAWN_NO_SHOW);
        assertThat(TestMailbox.awaitMessageTo(email(number), "Application ").text()).contains("did not attend");
    }

    @Test
    void theDueDateOfMissingDocumentsIsCountedInBusinessDaysSkippingKurbanBayrami() {
        ApplicationNumber number = testApplications.underReview(BURSA);
        // Monday 25 May 2026; the 26th is arife (a business day), 27-30 May is Kurban Bayramı.
        Clock monday = Clock.fixed(LocalDate.of(2026, 5, 25).atTime(10, 0).atZone(ZoneId.of("Europe/Istanbul"))
                .toInstant(), ZoneId.of("Europe/Istanbul"));
        ApplicationReviews onMonday = new ApplicationReviews(applicationStore, reviewStore, assessments, calendar,
                notifications, texts, monday);

        MissingDocuments request = transactions.execute(status -> onMonday.requestMissingDocuments(number,
                List.of("STUDENT_CERTIFICATE"), 3, "Signed by the faculty, please", OFFICER));

        assertThat(request.dueDate()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(TestMailbox.awaitMessageTo(email(number), "Documents needed").text())
                .contains("June 2, 2026", "Student certificate", number.formatted());
    }

    @Test
    void theApplicantCompletesMissingDocumentsOnlyWithAnUploadForEveryItemAsked() {
        ApplicationNumber number = testApplications.underReview(BURSA);
        reviews.requestMissingDocuments(number, List.of("STUDENT_CERTIFICATE", "PASSPORT_COPY"), 10, null, OFFICER);
        upload(number, "PASSPORT_COPY");

        assertThatThrownBy(() -> journey.completeMissingDocuments(number))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DOCUMENTS_NOT_UPLOADED);
                    assertThat(e.codes()).containsExactly("STUDENT_CERTIFICATE");
                });
        upload(number, "STUDENT_CERTIFICATE");
        journey.completeMissingDocuments(number);

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(reviews.caseFile(number).orElseThrow().missingDocumentRequests().getFirst().completedAt())
                .isNotNull();
    }

    @Test
    void anApprovalIssuesAPermitThatJoinsTheHoldersPermitHistory() {
        ApplicationNumber number = testApplications.underReview(BURSA);
        LocalDate today = LocalDate.now();

        IssuedPermit permit = reviews.approve(number, today, today.plusMonths(6), "one semester confirmed", OFFICER);

        ApplicationSummary summary = applications.find(number).orElseThrow();
        assertThat(summary.state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(reviews.permitHistory(summary.passportNumber())).extracting(IssuedPermit::number)
                .containsExactly(permit.number());
        CaseFile file = reviews.caseFile(number).orElseThrow();
        assertThat(file.decision().permit().validUntil()).isEqualTo(today.plusMonths(6));
        assertThat(file.decision().permit().shorteningReason()).isEqualTo("one semester confirmed");
        assertThat(file.history().getLast().action()).isEqualTo("APPROVED");
        assertThat(TestMailbox.awaitMessageTo(email(number), "Decision").text()).contains(permit.number().formatted());
    }

    @Test
    void theValidityIsNeverLongerThanTheCaseAllows() {
        ApplicationNumber number = testApplications.underReview(BURSA);
        LocalDate today = LocalDate.now();
        LocalDate limit = reviews.caseFile(number).orElseThrow().validityLimit();

        assertThatThrownBy(() -> reviews.approve(number, today, limit.plusDays(1), "x", OFFICER))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.VALIDITY_TOO_LONG));
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(reviews.permitHistory(applications.find(number).orElseThrow().passportNumber())).isEmpty();
    }

    @Test
    void aStudentIsNotRefusedOnAGroundWhoseRuleIsAboutAnotherPermitType() {
        ApplicationNumber number = testApplications.underReview(BURSA);
        for (String ground : List.of("ABSENCE_VIOLATION", "PUBLIC_ORDER_THREAT", "ABROAD_OVER_ONE_YEAR")) {
            assertThatThrownBy(() -> reviews.reject(number, List.of(ground), "x", OFFICER))
                    .isInstanceOfSatisfying(ReviewRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_GROUND));
        }
        assertThat(reviews.officerGrounds().get("STUDIES_DISCONTINUED").appliesTo("STUDENT")).isTrue();
        assertThat(reviews.officerGrounds().get("STUDIES_DISCONTINUED").appliesTo("FAMILY")).isFalse();
        assertThat(reviews.officerGrounds().get("CONDITIONS_NOT_MET").appliesTo("LONG_TERM")).isTrue();
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void anOfficerRejectsOnlyOnGroundsOfTheRulebookThatTheSystemDoesNotRecordItself() {
        ApplicationNumber number = testApplications.underReview(BURSA);
        for (String ground : List.of("NO_SHOW", "MISSING_DOCUMENTS_NOT_COMPLETED", "BAD_LUCK")) {
            assertThatThrownBy(() -> reviews.reject(number, List.of(ground), "x", OFFICER))
                    .isInstanceOfSatisfying(ReviewRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_GROUND));
        }
        assertThat(reviews.officerGrounds()).containsKeys("CONDITIONS_NOT_MET", "STUDIES_DISCONTINUED")
                .doesNotContainKeys("NO_SHOW", "MISSING_DOCUMENTS_NOT_COMPLETED");

        reviews.reject(number, List.of("STUDIES_DISCONTINUED"), "The university ended the enrolment.", OFFICER);

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.REJECTED);
        assertThat(TestMailbox.awaitMessageTo(email(number), "Decision").text())
                .contains("Evidence that the studies will not be continued");
    }

    @Test
    void theExpiryJobRejectsExactlyTheCasesPastTheirDueDateAndTellsTheirApplicants() {
        ApplicationNumber overdue = testApplications.underReview(IZMIR);
        ApplicationNumber inTime = testApplications.underReview(IZMIR);
        ApplicationNumber completed = testApplications.underReview(IZMIR);
        for (ApplicationNumber number : List.of(overdue, inTime, completed)) {
            reviews.requestMissingDocuments(number, List.of("PASSPORT_COPY"), 5, null, OFFICER);
        }
        upload(completed, "PASSPORT_COPY");
        journey.completeMissingDocuments(completed);
        testApplications.missingDocumentsDueDatePassed(overdue);

        assertThat(testApplications.runMissingDocumentsExpiry()).isPositive();

        assertThat(applications.find(overdue).orElseThrow().state()).isEqualTo(ApplicationState.REJECTED);
        assertThat(reviews.caseFile(overdue).orElseThrow().decision().grounds())
                .containsExactly("MISSING_DOCUMENTS_NOT_COMPLETED");
        assertThat(reviews.caseFile(overdue).orElseThrow().decision().decidedBy().kind()).isEqualTo(Actor.Kind.SYSTEM);
        assertThat(applications.find(inTime).orElseThrow().state()).isEqualTo(ApplicationState.MISSING_DOCUMENTS);
        assertThat(applications.find(completed).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(TestMailbox.awaitMessageTo(email(overdue), "Decision").text())
                .contains("The missing documents were not sent by their due date");
        assertThat(TestMailbox.messagesTo(email(inTime))).noneMatch(mail -> mail.subject().startsWith("Decision"));
        assertThat(testApplications.runMissingDocumentsExpiry()).isZero();
    }

    @Test
    void theStatusApiShowsMissingDocumentsWithTheirDueDateAndThenTheDecision() throws Exception {
        ApplicationNumber number = testApplications.underReview(BURSA);
        MissingDocuments request = reviews.requestMissingDocuments(number, List.of("STUDENT_CERTIFICATE"), 10,
                "Stamped, please", OFFICER);
        String passport = applications.find(number).orElseThrow().passportNumber().value();

        mvc.perform(lookup(number, passport))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("MISSING_DOCUMENTS"))
                .andExpect(jsonPath("$.sections.missingDocuments.dueDate").value(request.dueDate().toString()))
                .andExpect(jsonPath("$.sections.missingDocuments.items[0].code").value("STUDENT_CERTIFICATE"))
                .andExpect(jsonPath("$.sections.missingDocuments.note").value("Stamped, please"));

        upload(number, "STUDENT_CERTIFICATE");
        journey.completeMissingDocuments(number);
        reviews.reject(number, List.of("CONDITIONS_NOT_MET"), "Income not shown", OFFICER);

        mvc.perform(lookup(number, passport))
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.sections.missingDocuments").doesNotExist())
                .andExpect(jsonPath("$.sections.decision.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.sections.decision.grounds[0].code").value("CONDITIONS_NOT_MET"))
                .andExpect(jsonPath("$.sections.decision.grounds[0].citation").value(
                        org.hamcrest.Matchers.containsString("Art. 32(a)")))
                .andExpect(jsonPath("$.sections.decision.explanation").value("Income not shown"));
    }

    @Test
    void theStatusApiShowsTheIssuedPermit() throws Exception {
        ApplicationNumber number = testApplications.underReview(BURSA);
        LocalDate today = LocalDate.now();
        LocalDate standard = reviews.caseFile(number).orElseThrow().standardValidUntil();
        IssuedPermit permit = reviews.approve(number, today, standard, null, OFFICER);
        String passport = applications.find(number).orElseThrow().passportNumber().value();

        mvc.perform(lookup(number, passport))
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.sections.decision.permitNumber").value(permit.number().formatted()))
                .andExpect(jsonPath("$.sections.decision.validFrom").value(today.toString()))
                .andExpect(jsonPath("$.sections.decision.validUntil").value(standard.toString()));
    }

    @Test
    void decisionsAndPermitsCannotBeEdited() {
        ApplicationNumber number = testApplications.underReview(BURSA);
        reviews.approve(number, LocalDate.now(), LocalDate.now().plusMonths(1), "one month", OFFICER);

        assertThatThrownBy(() -> jdbc.sql("UPDATE residence_permit SET valid_until = valid_until + 365 "
                + "WHERE application_number = ?").param(number.value()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM residence_decision WHERE number = ?").param(number.value())
                .update()).hasMessageContaining("append-only");
    }

    @Test
    void theQueueShowsOnlyCasesBookedInTheGivenProvinces() {
        ApplicationNumber bursa = testApplications.booked(BURSA);
        ApplicationNumber izmir = testApplications.booked(IZMIR);
        String izmirPassport = applications.find(izmir).orElseThrow().passportNumber().value();

        List<CaseListing> queue = reviews.queue(new CaseQuery(Set.of(BURSA), null, null, null, 1000));

        assertThat(queue).extracting(CaseListing::number).contains(bursa).doesNotContain(izmir);
        assertThat(queue).allMatch(c -> c.appointmentProvince().equals(BURSA));
        assertThat(reviews.queue(new CaseQuery(Set.of(BURSA), null, null, izmirPassport, 10))).isEmpty();
        assertThat(reviews.queue(new CaseQuery(Set.of(IZMIR), null, null, izmirPassport, 10)))
                .extracting(CaseListing::number).containsExactly(izmir);
        assertThat(reviews.queue(new CaseQuery(Set.of(BURSA), null, null, bursa.formatted(), 10)))
                .extracting(CaseListing::number).containsExactly(bursa);
        assertThat(reviews.queue(new CaseQuery(Set.of(BURSA), ApplicationState.UNDER_REVIEW, null, bursa.value(), 10)))
                .isEmpty();
    }

    private void upload(ApplicationNumber number, String item) {
        journey.attach(number, new Attachment(item, UUID.randomUUID(), item.toLowerCase() + ".pdf", "application/pdf",
                100, "0".repeat(64), java.time.Instant.now()), Set.of());
    }

    private String email(ApplicationNumber number) {
        return applications.find(number).orElseThrow().contact().email();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder lookup(
            ApplicationNumber number, String passport) {
        return post("/api/v1/residence/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationNumber\": \"" + number.formatted() + "\", \"passportNumber\": \"" + passport
                        + "\"}")
                .with(request -> {
                    request.setRemoteAddr("10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
                    return request;
                });
    }
}
