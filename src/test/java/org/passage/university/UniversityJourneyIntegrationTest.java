package org.passage.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.calendar.BusinessCalendar;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.IssuedPermit;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import java.time.Clock;
import java.time.LocalDate;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.admissions.letters.AdmissionFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The student's way from the university to the residence application: the enrolment e-mail links the
 * start from the letter absolutely, and the letter fills in the level and length of study from the
 * programme.
 */
@PassageIntegrationTest
class UniversityJourneyIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AcceptanceLetters letters;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    AdmissionApplications admissions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    BusinessCalendar calendar;

    @Autowired
    TestStaff staff;
    @Autowired
    ApplicationReviews reviews;
    @Autowired
    Clock clock;

    private static final ProvinceCode BURSA = new ProvinceCode("16");

    @Test
    void theFollowUpShowsTheRulebookDueDatesAndFiltersOverdueDeadlines() throws Exception {
        String university = "Deadline University " + UUID.randomUUID();
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, true);
        StaffPrincipal office = staff.universityOffice(university);
        LocalDate today = LocalDate.now(clock);
        LocalDate changed = today.minusDays(60);
        LocalDate moved = today.minusDays(2);

        mvc.perform(post("/staff/university/intake/" + number.value() + "/deadlines").with(csrf())
                        .with(TestStaff.signedIn(office)).params(date("studyChangeOn", changed))
                        .params(date("cityTransferOn", moved)))
                .andExpect(redirectedUrl("/staff/university/intake/" + number.value() + "?saved"));

        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
        LocalDate registered = LocalDate.ofInstant(residence.find(number).orElseThrow().submittedAt(),
                org.passage.calendar.TurkiyeTime.ZONE);
        String page = followUp(office, "");
        assertThat(page).contains(
                "General health insurance (SGK) after registration: " + medium.format(registered.plusMonths(3)),
                "Report a change of faculty, department or university in the same city: "
                        + medium.format(calendar.addBusinessDays(changed, 20)) + " (overdue)",
                "Apply in the new city after moving to a university there: " + medium.format(moved.plusDays(10)))
                .doesNotContain("STUDY_CHANGE_NOTICE");
        assertThat(followUp(office, "overdue=yes")).contains(number.formatted());
        assertThat(mvc.perform(get("/staff/university/intake/" + number.value() + "?lang=tr")
                        .with(TestStaff.signedIn(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Fakülte, bölüm veya aynı ildeki üniversite değişikliğini bildirme", "süresi geçti");

        mvc.perform(post("/staff/university/intake/" + number.value() + "/deadlines").with(csrf())
                        .with(TestStaff.signedIn(office)).params(date("studyChangeOn", changed))
                        .param("met", "STUDY_CHANGE_NOTICE"))
                .andExpect(status().is3xxRedirection());
        assertThat(followUp(office, "overdue=yes")).doesNotContain(number.formatted());
        assertThat(followUp(office, "")).contains(number.formatted()).doesNotContain("Apply in the new city");
    }

    @Test
    void aDateInTheFutureIsRefusedWithALocalizedMessage() throws Exception {
        String university = "Deadline University " + UUID.randomUUID();
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, true);

        String page = mvc.perform(post("/staff/university/intake/" + number.value() + "/deadlines?lang=de")
                        .with(csrf()).with(TestStaff.signedIn(staff.universityOffice(university)))
                        .params(date("studyChangeOn", LocalDate.now(clock).plusDays(3))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Geben Sie ein gültiges Datum ein");
    }

    @Test
    void thePdfListsTheStudentsWithStudentNumberProgrammeAndLevelForTheOwnOfficeOnly() throws Exception {
        String university = files.university();
        jdbc.sql("UPDATE admission_programme SET study_level = 'BACHELOR' WHERE university = ? AND code = 'PHYSICS'")
                .param(university).update();
        AdmissionNumber admitted = files.accepted(university, "Amira Haddad");
        AcceptanceLetter letter = letters.issue(admitted, "registrar.test");
        String studentNumber = "S-" + ThreadLocalRandom.current().nextInt(1_000_000);
        desk.enrol(admitted, AdmissionActor.staff("registrar.test"), studentNumber);
        RequestPostProcessor address = ownAddress();
        Cookie session = mvc.perform(post("/residence/apply/from-letter").with(csrf()).with(address)
                        .param("code", letter.code().value()).param("shareWithUniversity", "YES"))
                .andReturn().getResponse().getCookie("SESSION");
        String email = preRegister(session, address);
        ApplicationNumber number = new ApplicationNumber(jdbc.sql(
                "SELECT number FROM residence_application WHERE email = ?").param(email).query(String.class).single());
        String universityName = jdbc.sql("SELECT university FROM residence_application WHERE number = ?")
                .param(number.value()).query(String.class).single();
        // The draft is submitted as a student's would be: the test helper takes it to the office's list.
        ApplicationNumber other = applications.submitStudent(BURSA);
        journey.shareWithUniversity(other, universityName, true);
        jdbc.sql("UPDATE residence_application SET answers = answers || jsonb_build_object('studentNumber', ?, "
                + "'studyProgramme', 'Physics', 'studyLevel', 'BACHELOR') WHERE number = ?")
                .params(studentNumber, other.value()).update();
        StaffPrincipal office = staff.universityOffice(universityName);

        byte[] pdf = mvc.perform(get("/staff/university/follow-up.pdf?lang=en").with(TestStaff.signedIn(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains(other.formatted(), studentNumber, "Physics", "Bachelor's degree");

        byte[] elsewhere = mvc.perform(get("/staff/university/follow-up.pdf?lang=en")
                        .with(TestStaff.signedIn(staff.universityOffice("Another University " + UUID.randomUUID()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(elsewhere)).doesNotContain(other.formatted(), studentNumber);
        mvc.perform(get("/staff/university/intake/" + other.value())
                        .with(TestStaff.signedIn(staff.universityOffice("Another University " + UUID.randomUUID()))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/staff/university/intake/" + other.value() + "/deadlines").with(csrf())
                        .with(TestStaff.signedIn(staff.universityOffice("Another University " + UUID.randomUUID())))
                        .param("met", "HEALTH_INSURANCE"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM university_student_deadline WHERE application_number = ?")
                .param(other.value()).query(Integer.class).single()).isZero();
    }

    private String followUp(StaffPrincipal office, String query) throws Exception {
        return mvc.perform(get("/staff/university/follow-up?lang=en&" + query).with(TestStaff.signedIn(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static org.springframework.util.MultiValueMap<String, String> date(String name, LocalDate date) {
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        map.add(name + "-day", String.valueOf(date.getDayOfMonth()));
        map.add(name + "-month", String.valueOf(date.getMonthValue()));
        map.add(name + "-year", String.valueOf(date.getYear()));
        return map;
    }

    @Test
    void afterSubmissionTheStudentIsToldWhereAndByWhenToHandInTheDocuments() throws Exception {
        String university = "Guidance University " + UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO university_office (university, office_tr, office_en, office_de, address, hours_tr,
                    hours_en, hours_de, step8_business_days)
                VALUES (?, 'Öğrenci İşleri', 'Student Affairs', 'Studierendensekretariat', 'Kampüs Yolu 1, Bursa',
                    'Hafta içi 09.00-12.00', 'Weekdays 9:00-12:00', 'Werktags 9-12 Uhr', 10)""")
                .param(university).update();
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, true);
        var due = calendar.addBusinessDays(residence.find(number).orElseThrow().applicationDate(), 10);

        String page = mvc.perform(get("/residence/application?lang=en").with(TestApplications.signedIn(number)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String dueText = due.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH));
        assertThat(page).contains("Student Affairs", "Kampüs Yolu 1, Bursa", "Weekdays 9:00-12:00",
                dueText + " (10 business days after your application");

        byte[] pdf = mvc.perform(get("/residence/registration-document?lang=de")
                        .with(TestApplications.signedIn(number)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String dueDe = due.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMAN));
        assertThat(text(pdf)).contains("Studierendensekretariat", "Kampüs Yolu 1, Bursa", "Werktags 9-12 Uhr",
                dueDe);
    }

    @Test
    void withoutAPeriodTheGuidanceSaysNoneIsSetInsteadOfADate() throws Exception {
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, "Koç Üniversitesi", true);

        String page = mvc.perform(get("/residence/application?lang=tr").with(TestApplications.signedIn(number)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kayıt ve Öğrenci İşleri Direktörlüğü", "Rumelifeneri Yolu, 34450 Sarıyer",
                "registrar.ku.edu.tr", "bir süre belirlemiyor");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theEnrolmentMailLinksTheResidenceApplicationFromTheLetterAbsolutely() {
        String university = files.university();
        AdmissionNumber number = files.accepted(university, "Amira Haddad");
        AcceptanceLetter letter = letters.issue(number, "registrar.test");

        desk.enrol(number, AdmissionActor.staff("registrar.test"), "S-" + ThreadLocalRandom.current().nextInt(1_000_000));

        String email = admissions.find(number).orElseThrow().candidateEmail();
        List<String> mails = jdbc.sql("""
                SELECT d.body FROM notification n JOIN notification_delivery d ON d.notification_id = n.id
                WHERE n.type = 'ADMISSION_ENROLLED' AND d.channel = 'EMAIL' AND d.address = ?""")
                .param(email).query(String.class).list();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst())
                .contains("http://localhost:8080/residence/apply/from-letter?code=" + letter.code().value())
                .doesNotContain("ENROLLED");
    }

    @Test
    void theLetterFillsInTheLevelAndLengthOfStudyFromTheProgramme() throws Exception {
        String university = files.university();
        jdbc.sql("UPDATE admission_programme SET study_level = 'MASTER', duration_semesters = 4 "
                + "WHERE university = ? AND code = 'PHYSICS'").param(university).update();
        AcceptanceLetter letter = letters.issue(files.admitted(university, "Amira Haddad"), "registrar.test");
        RequestPostProcessor address = ownAddress();

        String page = mvc.perform(get("/residence/apply/from-letter?lang=en").param("code", letter.code().value())
                        .with(address))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Level of study", "Master&#39;s degree (2 years)", "4 semesters").doesNotContain(">MASTER<");

        Cookie session = mvc.perform(post("/residence/apply/from-letter").with(csrf()).with(address)
                        .param("code", letter.code().value()).param("shareWithUniversity", "YES"))
                .andExpect(redirectedUrl("/residence/apply/first")).andReturn().getResponse().getCookie("SESSION");
        String email = preRegister(session, address);

        Map<String, Object> draft = jdbc.sql("""
                SELECT answers->>'studyLevel' AS level, answers->>'requestedMonths' AS months,
                    answers->>'enrolment' AS enrolment, answers->>'studyDurationSemesters' AS semesters
                FROM residence_application WHERE email = ?""").param(email).query().singleRow();
        assertThat(draft).containsEntry("level", "MASTER").containsEntry("months", "24")
                .containsEntry("enrolment", "REGULAR").containsEntry("semesters", "4");
    }

    @Test
    void aProgrammeWithoutARecordedLevelLeavesTheLevelToTheApplicant() throws Exception {
        String university = files.university();
        AcceptanceLetter letter = letters.issue(files.admitted(university, "Amira Haddad"), "registrar.test");
        RequestPostProcessor address = ownAddress();

        Cookie session = mvc.perform(post("/residence/apply/from-letter").with(csrf()).with(address)
                        .param("code", letter.code().value()))
                .andExpect(redirectedUrl("/residence/apply/first")).andReturn().getResponse().getCookie("SESSION");
        String email = preRegister(session, address);

        Map<String, Object> draft = jdbc.sql("""
                SELECT answers->>'studyLevel' AS level, answers->>'requestedMonths' AS months
                FROM residence_application WHERE email = ?""").param(email).query().singleRow();
        assertThat(draft.get("level")).isNull();
        assertThat(draft).containsEntry("months", "48");
    }

    /** Pre-registers in the session as a student would, returning the e-mail address used. */
    private String preRegister(Cookie session, RequestPostProcessor address) throws Exception {
        String form = mvc.perform(get("/residence/apply/first?lang=en").cookie(session).with(address))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        String email = "letter-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/residence/apply/first").with(csrf()).with(address).cookie(session)
                        .param("formToken", token.group(1))
                        .param("givenNames", "Amira").param("surname", "Haddad")
                        .param("birthDate-day", "1").param("birthDate-month", "5").param("birthDate-year", "2004")
                        .param("nationality", "SY").param("passportNumber", "N" + digits())
                        .param("passportExpiry-day", "1").param("passportExpiry-month", "1")
                        .param("passportExpiry-year", "2031")
                        .param("email", email).param("mobile", "0532 123 45 67"))
                .andExpect(status().is3xxRedirection());
        return email;
    }

    private static RequestPostProcessor ownAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "127." + random.nextInt(96, 128) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String digits() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }
}
