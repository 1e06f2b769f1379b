package org.passage.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.PassportNumber;
import org.passage.residence.TestApplications;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A university office sees the consenting students of its own university, and nobody else's. */
@PassageIntegrationTest
class UniversityStudentsIntegrationTest {

    private static final ProvinceCode BURSA = new ProvinceCode("16");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    AuditTrail audit;

    private final String universityA = "University A " + UUID.randomUUID();
    private final String universityB = "University B " + UUID.randomUUID();

    @Test
    void theOfficeOfASeesOnlyTheConsentingStudentsOfAOnItsPage() throws Exception {
        ApplicationNumber consentingA = shared(universityA, true);
        ApplicationNumber consentingB = shared(universityB, true);
        ApplicationNumber notConsentingA = shared(universityA, false);

        String page = mvc.perform(get("/staff/university/students?lang=en")
                        .with(TestStaff.signedIn(staff.universityOffice(universityA))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(consentingA.formatted(), "Student residence permit", "Submitted");
        assertThat(page).doesNotContain(consentingB.formatted(), notConsentingA.formatted());
    }

    @Test
    void theOfficeOfASeesOnlyTheConsentingStudentsOfAInTheCsv() throws Exception {
        ApplicationNumber consentingA = shared(universityA, true);
        ApplicationNumber consentingB = shared(universityB, true);
        ApplicationNumber notConsentingA = shared(universityA, false);

        String csv = csv(staff.universityOffice(universityA));

        assertThat(csv).contains(consentingA.formatted());
        assertThat(csv).doesNotContain(consentingB.formatted(), notConsentingA.formatted());
    }

    @Test
    void theCsvHasAHeaderAndOneLinePerStudentWithTheAppointment() throws Exception {
        ApplicationNumber number = shared(universityA, true);
        LocalDate day = LocalDate.now().plusDays(9);
        journeyBooks(number, day);

        String csv = csv(staff.universityOffice(universityA));

        assertThat(csv).startsWith("\uFEFFApplication number,Name,Permit type,State,Submitted on,Appointment\r\n");
        assertThat(csv).contains(number.formatted() + ",Amira Haddad,Student residence permit,Appointment booked,"
                + LocalDate.now(java.time.ZoneId.of("Europe/Istanbul")) + "," + day + "\r\n");
    }

    @Test
    void theCsvIsADownloadThatIsNeverCached() throws Exception {
        shared(universityA, true);

        mvc.perform(get("/staff/university/students.csv").with(TestStaff.signedIn(staff.universityOffice(universityA))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"students-")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void aNameThatLooksLikeAFormulaIsDefusedInTheCsv() throws Exception {
        ApplicationNumber number = submit("=HYPERLINK(\"http://evil.example\",\"click\")", "Haddad, \"Jr\"");
        journey.shareWithUniversity(number, universityA, true);

        String csv = csv(staff.universityOffice(universityA));

        assertThat(csv).contains(number.formatted()
                + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\") Haddad, \"\"Jr\"\"\",");
    }

    @Test
    void eachListingIsAuditedAsAViewOfEveryStudentShown() throws Exception {
        ApplicationNumber number = shared(universityA, true);
        StaffPrincipal office = staff.universityOffice(universityA);

        mvc.perform(get("/staff/university/students").with(TestStaff.signedIn(office))).andExpect(status().isOk());
        csv(office);

        assertThat(audit.bySubject(number.value(), 10))
                .filteredOn(event -> event.action().equals(AuditTrail.PERSONAL_DATA_VIEWED))
                .extracting(event -> event.actor(), event -> event.details().get("view"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditActor.staff(office.username()),
                                UniversityStudentsController.CSV_VIEW),
                        org.assertj.core.groups.Tuple.tuple(AuditActor.staff(office.username()),
                                UniversityStudentsController.PAGE_VIEW));
    }

    @Test
    void anAdministratorFindsTheViewsOfAnApplicationByItsNumberAsShown() throws Exception {
        ApplicationNumber number = shared(universityA, true);
        StaffPrincipal office = staff.universityOffice(universityA);
        mvc.perform(get("/staff/university/students").with(TestStaff.signedIn(office))).andExpect(status().isOk());

        String page = mvc.perform(get("/admin/audit?lang=en").param("subject", number.formatted())
                        .with(TestStaff.signedIn(staff.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Personal data viewed", office.username(), "1 entry about")
                .doesNotContain(">" + AuditTrail.PERSONAL_DATA_VIEWED + "<");
    }

    @Test
    void anOfficeWithNoSharedApplicationsSeesThatThereAreNone() throws Exception {
        String page = mvc.perform(get("/staff/university/students?lang=en")
                        .with(TestStaff.signedIn(staff.universityOffice(universityB))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No student has shared");
    }

    private String csv(StaffPrincipal office) throws Exception {
        return new String(mvc.perform(get("/staff/university/students.csv?lang=en").with(TestStaff.signedIn(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private ApplicationNumber shared(String university, boolean consent) {
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, consent);
        return number;
    }

    private void journeyBooks(ApplicationNumber number, LocalDate day) {
        // as the appointments module does when the student books
        residence.appointmentBooked(number, day, BURSA, Actor.applicant(number));
    }

    @Autowired
    org.passage.residence.ResidenceApplications residence;

    /** A submitted student application with the given names, made as TestApplications makes them. */
    private ApplicationNumber submit(String givenNames, String surname) {
        LocalDate today = LocalDate.now();
        var application = journey.preRegister("FIRST",
                new Identity(givenNames, surname, today.minusYears(20), "SY",
                        new PassportNumber("N" + String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()))
                                .substring(0, 8)), today.plusYears(5)),
                new ApplicantContact("student-" + UUID.randomUUID() + "@example.org", "+905321234567", Locale.ENGLISH),
                Map.of("applicationKind", "FIRST"));
        journey.emailVerified(application.number());
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("applicationKind", "FIRST");
        answers.put("permitType", "STUDENT");
        answers.put("studyLevel", "BACHELOR");
        journey.saveAnswers(application.number(), answers, BURSA);
        journey.submit(application.number(), applications.studentRequest(), Actor.applicant(application.number()));
        return application.number();
    }
}
