package org.passage.directorate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.staff.TestStaff.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.appointments.AppointmentStatus;
import org.passage.appointments.Appointments;
import org.passage.audit.AuditTrail;
import org.passage.audit.RecordedAuditEvent;
import org.passage.documents.DocumentKind;
import org.passage.documents.Documents;
import org.passage.documents.StoredDocument;
import org.passage.documents.TestFiles;
import org.passage.documents.Upload;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.ApplicationState;
import org.passage.residence.CaseFile;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Attachment;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The officer's queue and case page through the real security chain, with the access matrix of provinces. */
@PassageIntegrationTest
class OfficerPagesIntegrationTest {

    static final ProvinceCode BURSA = new ProvinceCode("16");
    static final ProvinceCode IZMIR = new ProvinceCode("35");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    TestCases cases;
    @Autowired
    TestApplications applications;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    ApplicationReviews reviews;
    @Autowired
    Appointments appointments;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    Documents documents;
    @Autowired
    org.passage.residence.application.Applications applicationStore;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void theQueueShowsTheCasesOfTheOfficersProvincesOnly() throws Exception {
        ApplicationNumber bursa = cases.appointmentToday(BURSA);
        ApplicationNumber izmir = cases.appointmentToday(IZMIR);

        mvc.perform(get("/staff/officer").with(signedIn(staff.officer(BURSA))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(bursa.formatted())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(izmir.formatted()))));
    }

    @Test
    void theQueueFindsACaseByPassportNumberAndFiltersByState() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        String passport = residence.find(number).orElseThrow().passportNumber().value();
        StaffPrincipal officer = staff.officer(BURSA);

        mvc.perform(get("/staff/officer").param("q", passport).with(signedIn(officer)))
                .andExpect(content().string(Matchers.containsString(number.formatted())));
        mvc.perform(get("/staff/officer").param("state", "APPROVED").param("permitType", "STUDENT")
                        .with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(number.formatted()))));
    }

    @Test
    void theAllStatesFilterShowsDecidedCasesThatTheDefaultLeavesOut() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);
        String page = "/staff/officer/cases/" + number.value();
        mvc.perform(post(page + "/attended").with(csrf()).with(signedIn(officer)));
        mvc.perform(post(page + "/reject").param("grounds", "CONDITIONS_NOT_MET").param("explanation", "No enrolment")
                .with(csrf()).with(signedIn(officer)));

        mvc.perform(get("/staff/officer").with(signedIn(officer)).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString(">All states<"),
                        Matchers.not(Matchers.containsString(number.formatted())))));
        mvc.perform(get("/staff/officer").param("state", "ALL").with(signedIn(officer)))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString(number.formatted()),
                        Matchers.containsString("value=\"ALL\" selected"))));
    }

    @Test
    void anOfficerOfAnotherProvinceGetsNotFoundForTheCaseItsDocumentsAndItsActions() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StoredDocument document = upload(number);
        StaffPrincipal izmir = staff.officer(IZMIR);

        mvc.perform(get("/staff/officer/cases/" + number.value()).with(signedIn(izmir)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/officer/cases/" + number.value() + "/documents/" + document.id().value())
                .with(signedIn(izmir))).andExpect(status().isNotFound());
        mvc.perform(post("/staff/officer/cases/" + number.value() + "/attended").with(csrf()).with(signedIn(izmir)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/officer/cases/" + ApplicationNumber.random().value()).with(signedIn(izmir)))
                .andExpect(status().isNotFound());

        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);
    }

    @Test
    void theOfficerOfTheProvinceReadsTheCaseAndItsUploadedDocument() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StoredDocument document = upload(number);
        StaffPrincipal officer = staff.officer(BURSA);

        mvc.perform(get("/staff/officer/cases/" + number.value()).with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Haddad")))
                .andExpect(content().string(Matchers.containsString("Student certificate")))
                .andExpect(content().string(Matchers.containsString("certificate.pdf")))
                .andExpect(content().string(Matchers.containsString("target=\"_blank\"")));
        byte[] file = mvc.perform(get("/staff/officer/cases/" + number.value() + "/documents/"
                        + document.id().value()).with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().stringValues("Content-Security-Policy", Matchers.hasItem(
                        Matchers.startsWith("sandbox"))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(file).isEqualTo(TestFiles.pdf());
        // The officers' API hands the same file out the same guarded way.
        byte[] byApi = mvc.perform(get("/api/v1/directorate/cases/" + number.value() + "/documents/"
                        + document.id().value()).with(OfficerApiIntegrationTest.as(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().stringValues("Content-Security-Policy", Matchers.hasItem(
                        Matchers.startsWith("sandbox"))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(byApi).isEqualTo(TestFiles.pdf());
    }

    @Test
    void theCaseHistoryNamesWhoActedAndWhatHappenedByTitleNotByCode() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);

        String turkish = mvc.perform(get("/staff/officer/cases/" + number.value()).with(signedIn(officer))
                .header("Accept-Language", "tr")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(turkish).contains("Başvuru gönderildi", "Randevu alındı", "Başvuru sahibi")
                .doesNotContain(">SUBMITTED<", ">APPOINTMENT_BOOKED<", "APPLICANT " + number.value());
    }

    @Test
    void otherRolesCannotOpenTheOfficersPages() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        String page = "/staff/officer/cases/" + number.value();
        mvc.perform(get(page).with(signedIn(staff.universityOffice("Uludağ University"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(page).with(signedIn(staff.admin()))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(TestApplications.signedIn(number))).andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(status().isFound());
    }

    @Test
    void everyViewOfPersonalDataAndEveryActionIsAudited() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);

        mvc.perform(get("/staff/officer").with(signedIn(officer)));
        mvc.perform(get("/staff/officer/cases/" + number.value()).with(signedIn(officer)));
        mvc.perform(post("/staff/officer/cases/" + number.value() + "/attended").with(csrf()).with(signedIn(officer)))
                .andExpect(redirectedUrl("/staff/officer/cases/" + number.value()));

        List<RecordedAuditEvent> events = audit.bySubject(number.value(), 100);
        assertThat(events).filteredOn(e -> e.actor().id().equals(officer.username()))
                .extracting(RecordedAuditEvent::action)
                .contains(AuditTrail.PERSONAL_DATA_VIEWED, "CASE_ATTENDED");
        assertThat(events).filteredOn(e -> e.action().equals(AuditTrail.PERSONAL_DATA_VIEWED))
                .extracting(e -> e.details().get("view"))
                .contains(Casework.QUEUE_VIEW, Casework.CASE_VIEW);
        assertThat(events).filteredOn(e -> e.action().equals("CASE_ATTENDED"))
                .allSatisfy(e -> assertThat(e.rulebookVersion()).isNotBlank());
    }

    @Test
    void attendanceIsRecordedOnTheDayNotBefore() throws Exception {
        ApplicationNumber number = cases.booked(BURSA, java.util.Locale.ENGLISH);
        StaffPrincipal officer = staff.officer(BURSA);

        mvc.perform(post("/staff/officer/cases/" + number.value() + "/attended").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("error-summary")));
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);

        cases.appointmentDayHasCome(number);
        mvc.perform(post("/staff/officer/cases/" + number.value() + "/attended").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isFound());
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(appointments.latest(number).orElseThrow().status()).isEqualTo(AppointmentStatus.ATTENDED);
    }

    @Test
    void aNoShowWithdrawsTheApplicationAndClosesTheAppointment() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);

        mvc.perform(post("/staff/officer/cases/" + number.value() + "/no-show").with(csrf())
                .with(signedIn(staff.officer(BURSA)))).andExpect(status().isFound());

        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.WITHDRAWN_NO_SHOW);
        assertThat(appointments.latest(number).orElseThrow().status()).isEqualTo(AppointmentStatus.NO_SHOW);
    }

    @Test
    void aValidReasonGivesANewAppointmentAndKeepsTheApplicationBooked() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        LocalDate newDay = freeDayAfterTomorrow();

        mvc.perform(post("/staff/officer/cases/" + number.value() + "/reschedule").with(csrf())
                        .with(signedIn(staff.officer(BURSA)))
                        .param("date-day", String.valueOf(newDay.getDayOfMonth()))
                        .param("date-month", String.valueOf(newDay.getMonthValue()))
                        .param("date-year", String.valueOf(newDay.getYear()))
                        .param("rescheduleReason", "Hospital report of today"))
                .andExpect(status().isFound());

        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);
        assertThat(appointments.active(number).orElseThrow().date()).isEqualTo(newDay);
        assertThat(reviews.caseFile(number).orElseThrow().history()).extracting(CaseFile.Event::action)
                .contains("RESCHEDULED_WITH_VALID_REASON", "APPOINTMENT_CHANGED");
    }

    @Test
    void theOfficerMarksAnItemAsksForItAndApprovesAShorterValidityWithAReason() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);
        String page = "/staff/officer/cases/" + number.value();
        mvc.perform(post(page + "/attended").with(csrf()).with(signedIn(officer)));

        mvc.perform(post(page + "/items/STUDENT_CERTIFICATE").param("mark", "MISSING").with(csrf())
                .with(signedIn(officer))).andExpect(status().isFound());
        mvc.perform(get(page).with(signedIn(officer)))
                .andExpect(content().string(Matchers.containsString("data-mark=\"MISSING\"")));
        mvc.perform(post(page + "/missing-documents").param("items", "STUDENT_CERTIFICATE")
                .param("businessDays", "5").param("note", "Signed and stamped").with(csrf())
                .with(signedIn(officer))).andExpect(status().isFound());
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.MISSING_DOCUMENTS);

        upload(number);
        journey.completeMissingDocuments(number);
        LocalDate today = LocalDate.now();
        LocalDate until = today.plusMonths(6);
        mvc.perform(approve(page, officer, today, until, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Give the reason for the shorter validity")));
        mvc.perform(approve(page, officer, today, until, "One semester confirmed")).andExpect(status().isFound());

        CaseFile file = reviews.caseFile(number).orElseThrow();
        assertThat(file.summary().state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(file.decision().permit().validUntil()).isEqualTo(until);
        assertThat(file.decision().permit().shorteningReason()).isEqualTo("One semester confirmed");
    }

    @Test
    void sendingAnApprovalOrAnAttendanceTwiceShowsTheFirstResult() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);
        String page = "/staff/officer/cases/" + number.value();
        for (int click = 0; click < 2; click++) {
            mvc.perform(post(page + "/attended").with(csrf()).with(signedIn(officer))).andExpect(redirectedUrl(page));
        }
        LocalDate today = LocalDate.now();
        LocalDate standard = reviews.caseFile(number).orElseThrow().standardValidUntil();
        for (int click = 0; click < 2; click++) {
            mvc.perform(approve(page, officer, today, standard, "")).andExpect(redirectedUrl(page));
        }

        assertThat(reviews.caseFile(number).orElseThrow().history()).extracting(CaseFile.Event::action)
                .containsOnlyOnce("APPROVED", "ATTENDED");
    }

    @Test
    void theCasePageNamesTheItemsNotInOrderAndApprovingAnywayNeedsARecordedReason() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);
        String page = "/staff/officer/cases/" + number.value();
        mvc.perform(post(page + "/attended").with(csrf()).with(signedIn(officer)));
        mvc.perform(post(page + "/items/STUDENT_CERTIFICATE").param("mark", "NOT_VALID").with(csrf())
                .with(signedIn(officer)));
        mvc.perform(post(page + "/items/PASSPORT_COPY").param("mark", "RECEIVED").with(csrf())
                .with(signedIn(officer)));

        mvc.perform(get(page).with(signedIn(officer)).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("these checklist items are not in order"),
                        Matchers.containsString("data-gap=\"STUDENT_CERTIFICATE\""),
                        Matchers.containsString("marked not valid"),
                        Matchers.not(Matchers.containsString("data-gap=\"PASSPORT_COPY\"")))));
        LocalDate today = LocalDate.now();
        LocalDate standard = reviews.caseFile(number).orElseThrow().standardValidUntil();
        mvc.perform(approve(page, officer, today, standard, "", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Give the reason for approving although checklist items are not in order")));
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);

        mvc.perform(approve(page, officer, today, standard, "", "Certificate checked by phone"))
                .andExpect(status().isFound());

        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(audit.bySubject(number.value(), 100)).filteredOn(e -> e.action().equals("CASE_APPROVED"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.details().get("gapReason")).isEqualTo("Certificate checked by phone");
                    assertThat(e.details().get("gaps").toString()).contains("STUDENT_CERTIFICATE:NOT_VALID")
                            .doesNotContain("PASSPORT_COPY");
                });
    }

    @Test
    void aStudentsCaseOffersOnlyTheRefusalGroundsOfStudentPermits() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);
        String page = "/staff/officer/cases/" + number.value();
        mvc.perform(post(page + "/attended").with(csrf()).with(signedIn(officer)));

        mvc.perform(get(page).with(signedIn(officer)))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("value=\"STUDIES_DISCONTINUED\""),
                        Matchers.containsString("value=\"CONDITIONS_NOT_MET\""),
                        Matchers.not(Matchers.containsString("value=\"ABSENCE_VIOLATION\"")),
                        Matchers.not(Matchers.containsString("value=\"PUBLIC_ORDER_THREAT\"")))));
    }

    @Test
    void aMarkBringsTheOfficerBackToItsItemAndMarkAllReceivedKeepsTheMarksGiven() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);
        String page = "/staff/officer/cases/" + number.value();
        mvc.perform(post(page + "/attended").with(csrf()).with(signedIn(officer)));

        mvc.perform(post(page + "/items/STUDENT_CERTIFICATE").param("mark", "MISSING").with(csrf())
                .with(signedIn(officer))).andExpect(redirectedUrl(page + "#item-STUDENT_CERTIFICATE"));
        mvc.perform(post(page + "/items-received").with(csrf()).with(signedIn(officer)))
                .andExpect(redirectedUrl(page + "#checklist"));

        mvc.perform(get(page).with(signedIn(officer)))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("data-mark=\"MISSING\""),
                        Matchers.containsString("data-mark=\"RECEIVED\""),
                        Matchers.not(Matchers.containsString("data-gap=\"PASSPORT_COPY\"")))));
        mvc.perform(post(page + "/items-received").with(csrf()).with(signedIn(staff.officer(IZMIR))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theQueueCountsItsCasesInWordsAndNamesEachCellForAPhone() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);

        mvc.perform(get("/staff/officer").param("q", number.value()).with(signedIn(officer))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString(">1 case<"),
                        Matchers.containsString("data-label=\"Passport\""))));
        mvc.perform(get("/staff/officer").param("q", number.value()).with(signedIn(officer))
                        .header("Accept-Language", "de"))
                .andExpect(content().string(Matchers.containsString(">1 Fall<")));
    }

    @Test
    void theOfficerCannotLengthenTheValidity() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);
        String page = "/staff/officer/cases/" + number.value();
        mvc.perform(post(page + "/attended").with(csrf()).with(signedIn(officer)));
        LocalDate limit = reviews.caseFile(number).orElseThrow().validityLimit();

        mvc.perform(approve(page, officer, LocalDate.now(), limit.plusDays(1), "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "The permit cannot be valid longer than the rules allow for this case")));

        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void theOfficerRejectsOnGroundsWithAnExplanation() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal officer = staff.officer(BURSA);
        String page = "/staff/officer/cases/" + number.value();
        mvc.perform(post(page + "/attended").with(csrf()).with(signedIn(officer)));

        mvc.perform(post(page + "/reject").param("explanation", "No enrolment").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose at least one refusal ground")));
        mvc.perform(post(page + "/reject").param("grounds", "CONDITIONS_NOT_MET")
                .param("explanation", "No enrolment").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isFound());

        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.REJECTED);
        mvc.perform(get(page + "/decision-letter").with(signedIn(officer)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
    }

    private static org.springframework.test.web.servlet.RequestBuilder approve(String page, StaffPrincipal officer,
            LocalDate from, LocalDate until, String reason) {
        return approve(page, officer, from, until, reason, "Originals seen at the appointment");
    }

    private static org.springframework.test.web.servlet.RequestBuilder approve(String page, StaffPrincipal officer,
            LocalDate from, LocalDate until, String reason, String gapReason) {
        return post(page + "/approve").with(csrf()).with(signedIn(officer))
                .param("validFrom-day", String.valueOf(from.getDayOfMonth()))
                .param("validFrom-month", String.valueOf(from.getMonthValue()))
                .param("validFrom-year", String.valueOf(from.getYear()))
                .param("validUntil-day", String.valueOf(until.getDayOfMonth()))
                .param("validUntil-month", String.valueOf(until.getMonthValue()))
                .param("validUntil-year", String.valueOf(until.getYear()))
                .param("shorteningReason", reason)
                .param("gapReason", gapReason);
    }

    private LocalDate freeDayAfterTomorrow() {
        LocalDate day = appointments.firstBookableDay().plusDays(1);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }

    private StoredDocument upload(ApplicationNumber number) {
        byte[] pdf = TestFiles.pdf();
        StoredDocument stored = documents.store(new Upload("certificate.pdf", pdf.length,
                () -> new ByteArrayInputStream(pdf)), DocumentKind.ANY);
        // As if uploaded with the draft: the link is written directly, whatever the state now.
        transactions.executeWithoutResult(status -> applicationStore.attach(number, new Attachment(
                "STUDENT_CERTIFICATE", stored.id().value(), stored.fileName(), stored.mediaType(), stored.size(),
                stored.sha256(), stored.storedAt())));
        return stored;
    }
}
