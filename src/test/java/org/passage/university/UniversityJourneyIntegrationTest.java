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

    private static final ProvinceCode BURSA = new ProvinceCode("16");

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
