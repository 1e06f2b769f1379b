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
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PassageIntegrationTest
class ApplicationJourneyIntegrationTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResidenceApplications applications;
    @Autowired
    TestApplications testApplications;
    @Autowired
    org.passage.residence.ApplicationReviews reviews;

    @Test
    void preRegistrationSendsACodeToTheEmailAndTheCodeOpensANewDraft() throws Exception {
        String email = unique();
        Visitor visitor = new Visitor();
        visitor.perform(preRegistration("first", email)).andExpect(redirectedUrl("/residence/apply/verify"));
        String code = code(TestMailbox.awaitMessageTo(email).text());

        visitor.perform(post("/residence/apply/verify").param("code", code).with(csrf()))
                .andExpect(redirectedUrl("/residence/application?new"));
        ApplicationNumber number = visitor.signedInNumber();
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(applications.find(number).orElseThrow().contact().email()).isEqualTo(email);
    }

    @Test
    void aPreRegistrationSentTwiceFromTheSamePageMakesOneDraft() throws Exception {
        String email = unique();
        Visitor visitor = new Visitor();
        var form = preRegistration("first", email);
        visitor.perform(form).andExpect(redirectedUrl("/residence/apply/verify"));
        visitor.perform(form).andExpect(redirectedUrl("/residence/apply/verify"));

        assertThat(jdbc.sql("SELECT count(*) FROM residence_application WHERE email = ?").param(email)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aWrongCodeIsRefusedAndFiveWrongCodesUseTheCodeUp() throws Exception {
        String email = unique();
        Visitor visitor = new Visitor();
        visitor.perform(preRegistration("first", email));
        String code = code(TestMailbox.awaitMessageTo(email).text());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            visitor.perform(post("/residence/apply/verify").param("code", wrong).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("The code is wrong")));
        }
        visitor.perform(post("/residence/apply/verify").param("code", code).with(csrf()))
                .andExpect(status().isOk());
        visitor.perform(get("/residence/application")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aFormTokenIsAcceptedOnceSoASecondSendingStartsNoSecondApplication() throws Exception {
        String token = formToken();
        jakarta.servlet.http.Cookie shownIn = formCookie;
        mvc.perform(preRegistration("first", unique(), "Haddad", token).cookie(shownIn))
                .andExpect(redirectedUrl("/residence/apply/verify"));
        int before = applicationCount();

        mvc.perform(preRegistration("first", unique(), "Haddad", token).cookie(shownIn).header("Accept-Language", "en"))
                .andExpect(status().isOk());
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void aFormTokenIsRefusedFromAnotherSession() throws Exception {
        String token = formToken();
        int before = applicationCount();
        mvc.perform(preRegistration("first", unique(), "Haddad", token)).andExpect(status().isOk());
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void aWrongPassportStartsNoCodeWaitSoGuessesCannotUseTheApplicantsCodeUp() throws Exception {
        String email = unique();
        Visitor applicant = new Visitor();
        applicant.perform(preRegistration("first", email)).andExpect(redirectedUrl("/residence/apply/verify"));
        String code = code(TestMailbox.awaitMessageTo(email).text());
        String number = jdbc.sql("SELECT number FROM residence_application WHERE email = ?").param(email)
                .query(String.class).single();

        Visitor attacker = new Visitor();
        attacker.perform(post("/residence/continue").with(csrf())
                        .param("applicationNumber", number).param("passportNumber", "WRONG123"))
                .andExpect(redirectedUrl("/residence/apply/verify"));
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 6; i++) {
            attacker.perform(post("/residence/apply/verify").param("code", wrong).with(csrf()))
                    .andExpect(status().isOk());
        }
        attacker.perform(post("/residence/apply/verify").param("code", code).with(csrf()))
                .andExpect(status().isOk());

        applicant.perform(post("/residence/apply/verify").param("code", code).with(csrf()))
                .andExpect(redirectedUrl("/residence/application?new"));
    }

    @Test
    void anExpiredPermitCannotBeExtendedAndNothingIsWritten() throws Exception {
        String email = unique();
        LocalDate expired = LocalDate.now().minusDays(3);
        int before = applicationCount();
        mvc.perform(preRegistration("extension", email)
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
        mvc.perform(preRegistration("first", unique()).param("website", "http://spam"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("could not be accepted")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void hostileAndMalformedAnswersGetLocalizedMessagesAndWriteNothing() throws Exception {
        int before = applicationCount();
        mvc.perform(post("/residence/apply/first").with(csrf()).with(remote())
                        .header("Accept-Language", "tr")
                        .param("formToken", formToken()).cookie(formCookie)
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
    void aNameWithARightToLeftOverrideIsRefusedWithAClearMessage() throws Exception {
        int before = applicationCount();
        mvc.perform(preRegistration("first", "rlo-" + java.util.UUID.randomUUID() + "@example.org", "Haddad\u202Eevil")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Remove the invisible formatting characters")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void anAddressOrUniversityWithInvisibleFormatCharactersIsRefused() throws Exception {
        ApplicationNumber number = testApplications.draftStudent(new ProvinceCode("06"));
        mvc.perform(post("/residence/application/form/address").with(TestApplications.signedIn(number)).with(csrf())
                        .header("Accept-Language", "de")
                        .param("addressProvince", "06").param("addressDistrict", "Çankaya")
                        .param("addressLine", "Atatürk Blv 1\u2067"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Entfernen Sie die unsichtbaren Formatierungszeichen")));
        mvc.perform(post("/residence/application/form/university").with(TestApplications.signedIn(number))
                        .with(csrf()).header("Accept-Language", "tr")
                        .param("university", "Ankara\u200F University"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "görünmeyen biçimlendirme karakterlerini")));
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
    void aNumberWithAWrongCheckSymbolIsToldThatOneSymbolIsWrong() throws Exception {
        String value = ApplicationNumber.random().value();
        String typo = value.substring(0, 12) + (value.charAt(12) == '7' ? '8' : '7');
        mvc.perform(post("/residence/continue").with(csrf()).with(remote()).header("Accept-Language", "en")
                        .param("applicationNumber", typo).param("passportNumber", "U12345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("its last symbol does not match")));
    }

    @Test
    void continuingLaterWithTheRightPassportSendsANewCodeThatSignsIn() throws Exception {
        String email = unique();
        Visitor first = new Visitor();
        first.perform(preRegistration("first", email));
        String code = code(TestMailbox.awaitMessageTo(email).text());
        first.perform(post("/residence/apply/verify").param("code", code).with(csrf()));
        ApplicationNumber number = first.signedInNumber();

        Visitor later = new Visitor();
        later.perform(post("/residence/continue").with(csrf())
                        .param("applicationNumber", number.formatted().toLowerCase())
                        .param("passportNumber", passportFor(email).toLowerCase()))
                .andExpect(redirectedUrl("/residence/apply/verify"));
        String second = code(TestMailbox.awaitMessagesTo(email, 2).get(1).text());
        later.perform(post("/residence/apply/verify").param("code", second).with(csrf()))
                .andExpect(redirectedUrl("/residence/application"));
        assertThat(later.signedInNumber()).isEqualTo(number);
    }

    @Test
    void aMissingDocumentsRequestMailsTheNoteAndALinkThatLeadsThroughTheCodeToTheDocumentsPage() throws Exception {
        ApplicationNumber number = testApplications.underReview(new ProvinceCode("16"));
        var summary = applications.find(number).orElseThrow();
        String email = summary.contact().email();
        reviews.requestMissingDocuments(number, java.util.List.of("STUDENT_CERTIFICATE"), 5,
                "The certificate needs the faculty stamp.", org.passage.residence.Actor.staff("officer-mail"));
        String link = "/residence/continue?number=" + number.value() + "&next=documents";

        assertThat(TestMailbox.awaitMessageTo(email, "Documents needed").text())
                .contains("The certificate needs the faculty stamp.", link);
        mvc.perform(post("/residence/status").with(csrf()).param("applicationNumber", number.formatted())
                        .param("passportNumber", summary.passportNumber().value()).header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(link.replace("&", "&amp;"))));

        Visitor visitor = new Visitor();
        visitor.perform(get(link).header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("value=\"" + number.formatted() + "\""),
                        org.hamcrest.Matchers.containsString("name=\"next\""))));
        int codes = codeMails(email);
        visitor.perform(post("/residence/continue").with(csrf()).param("applicationNumber", number.formatted())
                        .param("passportNumber", summary.passportNumber().value()).param("next", "documents"))
                .andExpect(redirectedUrl("/residence/apply/verify"));
        String code = code(awaitCodeMail(email, codes + 1));
        visitor.perform(post("/residence/apply/verify").param("code", code).with(csrf()))
                .andExpect(redirectedUrl("/residence/application/documents"));
        visitor.perform(get(link)).andExpect(redirectedUrl("/residence/application/documents"));
    }

    private static int codeMails(String email) {
        return (int) TestMailbox.messagesTo(email).stream().filter(m -> m.subject().startsWith("Your Passage code"))
                .count();
    }

    private static String awaitCodeMail(String email, int count) throws InterruptedException {
        for (int i = 0; i < 200 && codeMails(email) < count; i++) {
            Thread.sleep(50);
        }
        return TestMailbox.messagesTo(email).stream().filter(m -> m.subject().startsWith("Your Passage code"))
                .toList().getLast().text();
    }

    @Test
    void withoutACodeANewApplicantSeesWhereItWentGetsANewOneAndCanCorrectTheAddress() throws Exception {
        String mistyped = unique();
        Visitor visitor = new Visitor();
        visitor.perform(preRegistration("first", mistyped));
        TestMailbox.awaitMessageTo(mistyped);

        visitor.perform(get("/residence/apply/verify").header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("a•••@example.org"),
                        org.hamcrest.Matchers.containsString("Send me a new code"),
                        org.hamcrest.Matchers.containsString("href=\"/residence/apply/verify/email\""))));
        visitor.perform(post("/residence/apply/verify/new-code").with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A new code is on its way")));
        TestMailbox.awaitMessagesTo(mistyped, 2);

        String corrected = unique();
        visitor.perform(post("/residence/apply/verify/email").param("email", "not an address").with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("error-summary")));
        visitor.perform(post("/residence/apply/verify/email").param("email", corrected).with(csrf()))
                .andExpect(status().isOk());
        String code = code(TestMailbox.awaitMessageTo(corrected).text());
        visitor.perform(post("/residence/apply/verify").param("code", code).with(csrf()))
                .andExpect(redirectedUrl("/residence/application?new"));

        ApplicationNumber number = visitor.signedInNumber();
        assertThat(applications.find(number).orElseThrow().contact().email()).isEqualTo(corrected);
        assertThat(journeyHistory(number)).contains("EMAIL_CORRECTED");
    }

    @Test
    void whoContinuesAnApplicationIsNotShownWhereTheCodeWent() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("16"));
        Visitor visitor = new Visitor();
        visitor.perform(post("/residence/continue").with(csrf()).param("applicationNumber", number.formatted())
                .param("passportNumber", "X0000000"));

        visitor.perform(get("/residence/apply/verify").header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("@example.org"))));
        visitor.perform(post("/residence/apply/verify/email").param("email", unique()).with(csrf()))
                .andExpect(redirectedUrl("/residence/continue"));
    }

    private java.util.List<String> journeyHistory(ApplicationNumber number) {
        return jdbc.sql("SELECT action FROM residence_application_history WHERE number = ?").param(number.value())
                .query(String.class).list();
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
        mvc.perform(post("/residence/application/submit").param("withoutDocuments", "YES").with(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "enrolled only in a Turkish-learning programme")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Student residence permit common explanations")));
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
        mvc.perform(post("/residence/application/submit").param("withoutDocuments", "YES")
                        .with(TestApplications.signedIn(number)).with(csrf()))
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

    private MockHttpServletRequestBuilder preRegistration(String kind, String email) throws Exception {
        return preRegistration(kind, email, "Haddad");
    }

    private MockHttpServletRequestBuilder preRegistration(String kind, String email, String surname) throws Exception {
        String token = formToken();
        return preRegistration(kind, email, surname, token).cookie(formCookie);
    }

    private MockHttpServletRequestBuilder preRegistration(String kind, String email, String surname, String token) {
        return post("/residence/apply/" + kind).with(csrf()).with(remote())
                .param("formToken", token)
                .param("givenNames", "Amira").param("surname", surname)
                .param("birthDate-day", "1").param("birthDate-month", "5").param("birthDate-year", "2004")
                .param("nationality", "SY").param("passportNumber", passportFor(email))
                .param("passportExpiry-day", "1").param("passportExpiry-month", "1").param("passportExpiry-year", "2031")
                .param("email", email).param("mobile", "0532 123 45 67");
    }

    /** The session the pre-registration form was shown in: its token is accepted only there. */
    private jakarta.servlet.http.Cookie formCookie;

    private String formToken() throws Exception {
        var response = mvc.perform(get("/residence/apply/first")).andReturn().getResponse();
        formCookie = response.getCookie("SESSION");
        assertThat(formCookie).isNotNull();
        String page = response.getContentAsString();
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

    /** One browser in MockMvc: keeps the Spring Session cookie and one network address between requests. */
    private final class Visitor {
        private final org.springframework.test.web.servlet.request.RequestPostProcessor address = remote();
        private jakarta.servlet.http.Cookie session;

        org.springframework.test.web.servlet.ResultActions perform(MockHttpServletRequestBuilder request)
                throws Exception {
            request.with(address);
            if (session == null && formCookie != null) {
                // The visitor who was shown the pre-registration form goes on in its session.
                session = formCookie;
                formCookie = null;
            }
            if (session != null) {
                request.cookie(session);
            }
            var actions = mvc.perform(request);
            jakarta.servlet.http.Cookie issued = actions.andReturn().getResponse().getCookie("SESSION");
            if (issued != null) {
                session = issued;
            }
            return actions;
        }

        /** The number shown on the signed-in applicant's own page. */
        ApplicationNumber signedInNumber() throws Exception {
            String page = perform(get("/residence/application")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            Matcher m = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]").matcher(page);
            assertThat(m.find()).isTrue();
            return ApplicationNumber.parseOrNull(m.group());
        }
    }

    private int applicationCount() {
        return jdbc.sql("SELECT count(*) FROM residence_application").query(Integer.class).single();
    }

    private static String code(String text) {
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).as("a six-digit code in: " + text).isTrue();
        return m.group(1);
    }

    /** Every applicant of these tests has their own passport, so the per-passport code limit is theirs alone. */
    private static String passportFor(String email) {
        return "P" + Integer.toUnsignedString(email.hashCode(), 36).toUpperCase();
    }

    private static String unique() {
        return "applicant-" + UUID.randomUUID() + "@example.org";
    }
}
