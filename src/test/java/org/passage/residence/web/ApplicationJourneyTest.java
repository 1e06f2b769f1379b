package org.passage.residence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PassageIntegrationTest
class ApplicationJourneyTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResidenceApplications applications;
    @Autowired
    TestApplications testApplications;

    @Test
    void preRegistrationSendsACodeToTheEmailAndTheCodeOpensANewDraft() throws Exception {
        String email = unique();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(preRegistration("first", email, session)).andExpect(redirectedUrl("/residence/apply/verify"));
        String code = code(TestMailbox.awaitMessageTo(email).text());

        var result = mvc.perform(post("/residence/apply/verify").session(session).param("code", code).with(csrf())
                        .with(remote()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/residence/application");
        ApplicationNumber number = signedInNumber(result.getRequest().getSession());
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(applications.find(number).orElseThrow().contact().email()).isEqualTo(email);
    }

    @Test
    void aWrongCodeIsRefusedAndFiveWrongCodesUseTheCodeUp() throws Exception {
        String email = unique();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(preRegistration("first", email, session));
        String code = code(TestMailbox.awaitMessageTo(email).text());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/residence/apply/verify").session(session).param("code", wrong).with(csrf())
                            .with(remote()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("The code is wrong")));
        }
        mvc.perform(post("/residence/apply/verify").session(session).param("code", code).with(csrf()).with(remote()))
                .andExpect(status().isOk());
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    }

    @Test
    void anExpiredPermitCannotBeExtendedAndNothingIsWritten() throws Exception {
        String email = unique();
        LocalDate expired = LocalDate.now().minusDays(3);
        int before = applicationCount();
        mvc.perform(preRegistration("extension", email, new MockHttpSession())
                        .param("currentPermitType", "STUDENT")
                        .param("currentPermitValidUntil-day", String.valueOf(expired.getDayOfMonth()))
                        .param("currentPermitValidUntil-month", String.valueOf(expired.getMonthValue()))
                        .param("currentPermitValidUntil-year", String.valueOf(expired.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("cannot be extended")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void aFilledTrapFieldIsRefusedWithoutSayingWhy() throws Exception {
        int before = applicationCount();
        mvc.perform(preRegistration("first", unique(), new MockHttpSession()).param("website", "http://spam"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("could not be accepted")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void hostileAndMalformedAnswersGetLocalizedMessagesAndWriteNothing() throws Exception {
        int before = applicationCount();
        mvc.perform(post("/residence/apply/first").with(csrf()).with(remote()).session(new MockHttpSession())
                        .header("Accept-Language", "tr")
                        .param("formToken", formToken())
                        .param("givenNames", "<script>alert(1)</script>")
                        .param("surname", "x".repeat(5000))
                        .param("birthDate-day", "31").param("birthDate-month", "2").param("birthDate-year", "2001")
                        .param("nationality", "XX")
                        .param("passportNumber", "'; DROP TABLE x; --")
                        .param("email", "not-an-email")
                        .param("mobile", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Geçerli bir tarih girin")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("<script>alert(1)</script>"))));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void continuingLaterLooksTheSameForAWrongPassportAndAnUnknownNumber() throws Exception {
        ApplicationNumber number = testApplications.draftStudent(new ProvinceCode("06"));
        String known = mvc.perform(post("/residence/continue").with(csrf()).with(remote())
                        .param("applicationNumber", number.formatted()).param("passportNumber", "WRONG123"))
                .andReturn().getResponse().getRedirectedUrl();
        String unknown = mvc.perform(post("/residence/continue").with(csrf()).with(remote())
                        .param("applicationNumber", ApplicationNumber.random().formatted())
                        .param("passportNumber", "WRONG123"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(known).isEqualTo(unknown).isEqualTo("/residence/apply/verify");
    }

    @Test
    void continuingLaterWithTheRightPassportSendsANewCodeThatSignsIn() throws Exception {
        String email = unique();
        MockHttpSession first = new MockHttpSession();
        mvc.perform(preRegistration("first", email, first));
        String code = code(TestMailbox.awaitMessageTo(email).text());
        var verified = mvc.perform(post("/residence/apply/verify").session(first).param("code", code).with(csrf())
                .with(remote())).andReturn();
        ApplicationNumber number = signedInNumber(verified.getRequest().getSession());

        MockHttpSession later = new MockHttpSession();
        mvc.perform(post("/residence/continue").session(later).with(csrf()).with(remote())
                        .param("applicationNumber", number.formatted().toLowerCase())
                        .param("passportNumber", "p 1234567"))
                .andExpect(redirectedUrl("/residence/apply/verify"));
        String second = code(TestMailbox.awaitMessagesTo(email, 2).get(1).text());
        var signedIn = mvc.perform(post("/residence/apply/verify").session(later).param("code", second).with(csrf())
                        .with(remote()))
                .andExpect(redirectedUrl("/residence/application")).andReturn();
        assertThat(signedInNumber(signedIn.getRequest().getSession())).isEqualTo(number);
    }

    @Test
    void applicationPagesNeedASignedInApplicant() throws Exception {
        mvc.perform(get("/residence/application")).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/residence/continue"));
    }

    @Test
    void aSignedInApplicantSeesOnlyTheirOwnApplication() throws Exception {
        ApplicationNumber mine = testApplications.submitStudent(new ProvinceCode("06"));
        ApplicationNumber theirs = testApplications.submitStudent(new ProvinceCode("06"));
        mvc.perform(get("/residence/application").with(TestApplications.signedIn(mine)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(mine.formatted())))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(theirs.formatted()))));
    }

    @Test
    void blockingFindingsStopTheSubmissionWithReasonAndCitation() throws Exception {
        ApplicationNumber number = testApplications.draftStudent(new ProvinceCode("06"));
        var session = TestApplications.signedIn(number);
        answer(number, "applicant", "birthDate-day", "1", "birthDate-month", "5", "birthDate-year", "2004",
                "nationality", "SY", "maritalStatus", "SINGLE", "accommodation", "DORMITORY",
                "healthInsurance", "PRIVATE");
        answer(number, "study", "enrolment", "TURKISH_ONLY", "enrolmentDate-day", "1", "enrolmentDate-month", "9",
                "enrolmentDate-year", "2026", "repeatYear", "NO");
        answer(number, "stay", "requestedMonths", "12");
        answer(number, "address", "addressProvince", "06", "addressDistrict", "Çankaya", "addressLine", "Atatürk Blv 1");
        answer(number, "role", "applicantRole", "SELF");
        answer(number, "university", "university", "");
        mvc.perform(post("/residence/application/submit").with(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Law")));
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void aCompleteStudentApplicationIsSubmittedFromThePages() throws Exception {
        ApplicationNumber number = testApplications.draftStudent(new ProvinceCode("06"));
        answer(number, "applicant", "birthDate-day", "1", "birthDate-month", "5", "birthDate-year", "2004",
                "nationality", "SY", "maritalStatus", "SINGLE", "accommodation", "DORMITORY",
                "healthInsurance", "PRIVATE");
        answer(number, "study", "enrolment", "REGULAR", "enrolmentDate-day", "1", "enrolmentDate-month", "9",
                "enrolmentDate-year", "2026", "repeatYear", "NO");
        answer(number, "stay", "requestedMonths", "12");
        answer(number, "address", "addressProvince", "06", "addressDistrict", "Çankaya", "addressLine", "Atatürk Blv 1");
        answer(number, "role", "applicantRole", "SELF");
        answer(number, "university", "university", "Ankara University", "shareWithUniversity", "YES");
        mvc.perform(get("/residence/application/check").with(TestApplications.signedIn(number)))
                .andExpect(status().isOk());
        mvc.perform(post("/residence/application/submit").with(TestApplications.signedIn(number)).with(csrf()))
                .andExpect(redirectedUrl("/residence/application/submitted"));
        var summary = applications.find(number).orElseThrow();
        assertThat(summary.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(summary.province()).isEqualTo(new ProvinceCode("06"));
        assertThat(summary.checklist()).isNotEmpty();
    }

    private void answer(ApplicationNumber number, String page, String... pairs) throws Exception {
        MockHttpServletRequestBuilder request = post("/residence/application/form/" + page)
                .with(TestApplications.signedIn(number)).with(csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder preRegistration(String kind, String email, MockHttpSession session)
            throws Exception {
        return post("/residence/apply/" + kind).session(session).with(csrf()).with(remote())
                .param("formToken", formToken())
                .param("givenNames", "Amira").param("surname", "Haddad")
                .param("birthDate-day", "1").param("birthDate-month", "5").param("birthDate-year", "2004")
                .param("nationality", "SY").param("passportNumber", "P1234567")
                .param("passportExpiry-day", "1").param("passportExpiry-month", "1").param("passportExpiry-year", "2031")
                .param("email", email).param("mobile", "0532 123 45 67");
    }

    private String formToken() throws Exception {
        String page = mvc.perform(get("/residence/apply/first")).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Each test from its own address, so that the per-address limits of one test do not reach another. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor remote() {
        String address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static ApplicationNumber signedInNumber(jakarta.servlet.http.HttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        return ((ApplicantPrincipal) context.getAuthentication().getPrincipal()).applicationNumber();
    }

    private int applicationCount() {
        return jdbc.sql("SELECT count(*) FROM residence_application").query(Integer.class).single();
    }

    private static String code(String text) {
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).as("a six-digit code in: " + text).isTrue();
        return m.group(1);
    }

    private static String unique() {
        return "applicant-" + UUID.randomUUID() + "@example.org";
    }
}
