package org.passage.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.IssuedPermit;
import org.passage.residence.ChecklistItem;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.residence.application.ApplicationJourney;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * From acceptance letter to step 8: a student starts the residence application from the letter's
 * code, and the university office marks the documents it received and forwards the file, which the
 * student and the officer see; nobody else's students are in the office's reach.
 */
@PassageIntegrationTest
class UniversityOfficeIntegrationTest {

    private static final ProvinceCode BURSA = new ProvinceCode("16");

    @Autowired
    MockMvc mvc;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AcceptanceLetters letters;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    private final String universityA = "University A " + UUID.randomUUID();
    private final String universityB = "University B " + UUID.randomUUID();

    @Test
    void aLetterCodeFillsInTheStudentApplicationWhichRecordsTheLetter() throws Exception {
        AcceptanceLetter letter = letter();
        RequestPostProcessor address = ownAddress();

        String page = mvc.perform(get("/residence/apply/from-letter?lang=en").param("code", letter.code().grouped())
                        .with(address))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Deneme Üniversitesi", "Physics", "8 semesters", "Not enrolled yet");

        Cookie session = mvc.perform(post("/residence/apply/from-letter").with(csrf()).with(address)
                        .param("code", letter.code().value()).param("shareWithUniversity", "YES"))
                .andExpect(redirectedUrl("/residence/apply/first")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();

        assertThat(mvc.perform(get("/residence/apply/first?lang=en").cookie(session).with(address))
                .andReturn().getResponse().getContentAsString())
                .contains("Started from your acceptance letter " + letter.code().grouped());
        String email = preRegister(session, address);

        Map<String, Object> draft = jdbc.sql("""
                SELECT answers->>'letterCode' AS letter, answers->>'permitType' AS permit,
                    answers->>'studyProgramme' AS programme, university, share_with_university
                FROM residence_application WHERE email = ?""").param(email).query().singleRow();
        assertThat(draft).containsEntry("letter", letter.code().value()).containsEntry("permit", "STUDENT")
                .containsEntry("programme", "Physics").containsEntry("university", "Deneme Üniversitesi")
                .containsEntry("share_with_university", true);
    }

    @Test
    void theConsentIsNotGivenUnlessTheStudentTicksIt() throws Exception {
        AcceptanceLetter letter = letter();
        RequestPostProcessor address = ownAddress();
        String page = mvc.perform(get("/residence/apply/from-letter?lang=en").param("code", letter.code().value())
                        .with(address))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher box = Pattern.compile("<input[^>]*name=\"shareWithUniversity\"[^>]*>").matcher(page);
        assertThat(box.find()).isTrue();
        assertThat(box.group()).doesNotContain("checked");

        Cookie session = mvc.perform(post("/residence/apply/from-letter").with(csrf()).with(address)
                        .param("code", letter.code().value()))
                .andExpect(redirectedUrl("/residence/apply/first")).andReturn().getResponse().getCookie("SESSION");
        String email = preRegister(session, address);

        assertThat(jdbc.sql("SELECT share_with_university FROM residence_application WHERE email = ?").param(email)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void anUnknownLetterCodeGetsALocalizedErrorInEveryLanguage() throws Exception {
        RequestPostProcessor address = ownAddress();
        Map<String, String> expected = Map.of("en", "No valid acceptance letter has this code",
                "tr", "Bu koda ait geçerli bir kabul mektubu yok", "de", "keinen gültigen Zulassungsbescheid");
        for (var language : expected.entrySet()) {
            String page = mvc.perform(get("/residence/apply/from-letter?lang=" + language.getKey())
                            .param("code", "0000-0000-0000-0000").with(address))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(language.getValue());
        }
        mvc.perform(post("/residence/apply/from-letter").with(csrf()).with(address).param("code", "not a code"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOfficeMarksReceivedAndForwardedAndTheStudentAndTheOfficerSeeIt() throws Exception {
        ApplicationNumber number = applications.booked(BURSA);
        journey.shareWithUniversity(number, universityA, true);
        List<ChecklistItem> checklist = residence.find(number).orElseThrow().checklist().stream()
                .filter(item -> !item.onRequest()).toList();
        assertThat(checklist).hasSizeGreaterThan(1);
        StaffPrincipal office = staff.universityOffice(universityA);

        mvc.perform(post("/staff/university/intake/" + number.value()).with(csrf()).with(TestStaff.signedIn(office))
                        .param("received", checklist.getFirst().code()).param("note", "Original passport seen")
                        .param("forwarded", "YES"))
                .andExpect(redirectedUrl("/staff/university/intake/" + number.value() + "?saved"));

        String officePage = mvc.perform(get("/staff/university/intake/" + number.value() + "?lang=en")
                        .with(TestStaff.signedIn(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(officePage).contains("Forwarded on", "Original passport seen");

        String student = mvc.perform(get("/residence/application?lang=en").with(TestApplications.signedIn(number)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(student).contains("international office", checklist.getFirst().title().en(), "received",
                checklist.get(1).title().en(), "missing", "Original passport seen")
                .doesNotContain("Not forwarded yet");

        String officer = mvc.perform(get("/staff/officer/cases/" + number.value() + "?lang=en")
                        .with(TestStaff.signedIn(staff.officer(BURSA))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(officer).contains("id=\"university-intake\"", "Forwarded to the directorate on",
                "Original passport seen");
    }

    @Test
    void aConsentingStudentIsToldToHandTheDocumentsToTheOfficeBeforeItRecordsAnything() throws Exception {
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, universityA, true);

        String student = mvc.perform(get("/residence/application?lang=en").with(TestApplications.signedIn(number)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(student).contains("Step 8: hand your documents to your university", universityA, "missing");
    }

    @Test
    void aDaysIntakeIsMarkedAtOnceButOnlyForTheOfficesOwnStudents() throws Exception {
        ApplicationNumber first = applications.submitStudent(BURSA);
        ApplicationNumber second = applications.submitStudent(BURSA);
        ApplicationNumber elsewhere = applications.submitStudent(BURSA);
        journey.shareWithUniversity(first, universityA, true);
        journey.shareWithUniversity(second, universityA, true);
        journey.shareWithUniversity(elsewhere, universityB, true);

        mvc.perform(post("/staff/university/intake/bulk").with(csrf())
                        .with(TestStaff.signedIn(staff.universityOffice(universityA)))
                        .param("number", first.value(), second.value(), elsewhere.value()))
                .andExpect(redirectedUrl("/staff/university/intake?recorded=2"));

        assertThat(intakes.of(first).orElseThrow().forwardedOn())
                .isEqualTo(LocalDate.ofInstant(clock.instant(), org.passage.calendar.TurkiyeTime.ZONE));
        assertThat(intakes.of(second).orElseThrow().receivedItems()).isNotEmpty();
        assertThat(intakes.of(elsewhere)).isEmpty();
    }

    @Autowired
    UniversityIntakes intakes;

    @Test
    void anotherUniversitysOfficeCannotSeeOrMarkTheStudent() throws Exception {
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, universityA, true);
        StaffPrincipal other = staff.universityOffice(universityB);

        assertThat(mvc.perform(get("/staff/university/intake").with(TestStaff.signedIn(other)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .doesNotContain(number.formatted());
        mvc.perform(get("/staff/university/intake/" + number.value()).with(TestStaff.signedIn(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/staff/university/intake/" + number.value()).with(csrf()).with(TestStaff.signedIn(other))
                        .param("forwarded", "YES"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM university_intake WHERE application_number = ?")
                .param(number.value()).query(Integer.class).single()).isZero();
    }

    @Test
    void aStudentWhoDidNotConsentIsOutOfReach() throws Exception {
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, universityA, false);

        mvc.perform(get("/staff/university/intake/" + number.value())
                        .with(TestStaff.signedIn(staff.universityOffice(universityA))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWithdrawnConsentTakesTheStudentOutOfReachAtOnce() throws Exception {
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, universityA, true);
        StaffPrincipal office = staff.universityOffice(universityA);
        mvc.perform(get("/staff/university/intake/" + number.value()).with(TestStaff.signedIn(office)))
                .andExpect(status().isOk());

        journey.shareWithUniversity(number, universityA, false);

        mvc.perform(get("/staff/university/intake/" + number.value()).with(TestStaff.signedIn(office)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/staff/university/intake").with(TestStaff.signedIn(office)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(number.formatted());
    }

    @Test
    void anOfficerCannotOpenTheOfficePages() throws Exception {
        mvc.perform(get("/staff/university/intake").with(TestStaff.signedIn(staff.officer(BURSA))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFollowUpCsvIsSemicolonSeparatedWithABomAndShowsThePermit() throws Exception {
        ApplicationNumber number = applications.underReview(BURSA);
        journey.shareWithUniversity(number, universityA, true);
        var file = reviews.caseFile(number).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        IssuedPermit permit = reviews.approve(number, today, file.standardValidUntil(), null,
                Actor.staff("test-officer"));

        byte[] body = mvc.perform(get("/staff/university/follow-up.csv?lang=en")
                        .with(TestStaff.signedIn(staff.universityOffice(universityA))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFApplication number;Name;State;Permit number;Valid from;Valid until;"
                + "Forwarded on\r\n");
        assertThat(csv).contains(number.formatted() + ";Amira Haddad;Approved;" + permit.number().formatted() + ";"
                + today + ";" + permit.validUntil() + ";\r\n");
        String comma = new String(mvc.perform(get("/staff/university/follow-up.csv?lang=en&separator=comma")
                        .with(TestStaff.signedIn(staff.universityOffice(universityA))))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(comma).contains(number.formatted() + ",Amira Haddad,Approved," + permit.number().formatted());
        StaffPrincipal office = staff.universityOffice(universityA);
        assertThat(followUp(office, "days=3650")).contains(permit.number().formatted());
        assertThat(followUp(office, "days=0")).doesNotContain(number.formatted());
        assertThat(followUp(office, "state=SUBMITTED")).doesNotContain(number.formatted());
        assertThat(followUp(office, "q=" + number.value())).contains(number.formatted());
        assertThat(followUp(office, "q=nobody-by-this-name")).doesNotContain(number.formatted());
        String other = mvc.perform(get("/staff/university/follow-up?lang=en")
                        .with(TestStaff.signedIn(staff.universityOffice(universityB))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain(number.formatted());
    }

    private String followUp(StaffPrincipal office, String query) throws Exception {
        return mvc.perform(get("/staff/university/follow-up?lang=en&" + query).with(TestStaff.signedIn(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Autowired
    ApplicationReviews reviews;
    @Autowired
    Clock clock;

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

    private AcceptanceLetter letter() {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Amira Haddad");
        return letters.issue(number, "registrar.test");
    }

    private static RequestPostProcessor ownAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "127." + random.nextInt(64, 96) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String digits() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }
}
