package org.passage.residence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.documents.TestFiles;
import org.passage.identity.ApiTokens;
import org.passage.identity.CodeSubject;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.ratelimit.RateLimiter;
import org.passage.residence.api.internal.ApplicationTokens;
import org.passage.residence.api.internal.ResidenceApiProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@PassageIntegrationTest
class ResidenceApiIntegrationTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String BASE = "/api/v1/residence";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications testApplications;
    @Autowired
    ResidenceApplications applications;
    @Autowired
    ApplicationTokens tokens;
    @Autowired
    ApiTokens allTokens;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RateLimiter rateLimiter;
    @Autowired
    ResidenceApiProperties apiProperties;
    @LocalServerPort
    int port;

    @Test
    void anApplicantPreRegistersAnswersEveryPageUploadsSubmitsAndReadsTheStatus() throws Exception {
        String email = "api-" + UUID.randomUUID() + "@example.org";
        String passport = passport();
        MvcResult registered = mvc.perform(from(post(BASE + "/pre-registrations")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(preRegistration(email, passport))))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.codeSentTo").value(email.charAt(0) + "•••@example.org"))
                .andReturn();
        String number = JsonPath.read(registered.getResponse().getContentAsString(), "$.applicationNumber");
        String code = code(TestMailbox.awaitMessageTo(email).text());

        MvcResult issued = mvc.perform(from(post(BASE + "/tokens")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("applicationNumber", number,
                                "passportNumber", passport, "code", code))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andReturn();
        String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.accessToken");

        Map<String, Map<String, String>> pages = studentPages();
        String next = JsonPath.read(mvc.perform(get(BASE + "/applications/" + number).header("Authorization",
                "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT")).andReturn().getResponse().getContentAsString(),
                "$.nextPage");
        int answered = 0;
        while (next != null) {
            assertThat(pages).as("page %s", next).containsKey(next);
            mvc.perform(get(BASE + "/applications/" + number + "/form/" + next).header("Authorization",
                    "Bearer " + token)).andExpect(status().isOk()).andExpect(jsonPath("$.questions").isArray());
            if (next.equals("address")) {
                mvc.perform(get(BASE + "/applications/" + number + "/form/address")
                                .header("Authorization", "Bearer " + token).header("Accept-Language", "tr"))
                        .andExpect(jsonPath("$.questions[0].options[?(@.code == '06')].title").value(hasItem("Ankara")));
            }
            MvcResult result = mvc.perform(put(BASE + "/applications/" + number + "/form/" + next)
                            .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("answers", pages.get(next)))))
                    .andExpect(status().isOk()).andReturn();
            next = JsonPath.read(result.getResponse().getContentAsString(), "$.nextPage");
            assertThat(++answered).isLessThan(20);
        }

        mvc.perform(multipart(BASE + "/applications/" + number + "/documents/PASSPORT_COPY")
                        .file(new MockMultipartFile("file", "passport.pdf", "application/pdf", TestFiles.pdf()))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.itemCode").value("PASSPORT_COPY"));
        mvc.perform(get(BASE + "/applications/" + number + "/documents").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'PASSPORT_COPY')].files[0].fileName").value(hasItem("passport.pdf")));

        mvc.perform(submission(number, token, null, "{\"confirmWithoutDocuments\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(submission(number, token, "first-send", "{\"confirmWithoutDocuments\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmWithoutDocuments"));
        String first = mvc.perform(submission(number, token, "first-send", "{\"confirmWithoutDocuments\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.permitType").value("STUDENT"))
                .andReturn().getResponse().getContentAsString();
        assertThat(mvc.perform(submission(number, token, "first-send", "{\"confirmWithoutDocuments\": true}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).isEqualTo(first);
        mvc.perform(submission(number, token, "first-send", "{\"confirmWithoutDocuments\": false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(submission(number, token, "second-send", "{\"confirmWithoutDocuments\": true}"))
                .andExpect(status().isConflict());

        mvc.perform(get(BASE + "/applications/" + number + "/status").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.applicationNumber").value(number));
        assertThat(applications.find(ApplicationNumber.parseOrNull(number)).orElseThrow().state())
                .isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void anotherApplicantsApplicationIsNotFoundThroughEveryEndpoint() throws Exception {
        ApplicationNumber mine = testApplications.draftStudent(new ProvinceCode("06"));
        ApplicationNumber theirs = testApplications.draftStudent(new ProvinceCode("06"));
        testApplications.completeStudentAnswers(theirs);
        String token = tokens.issue(mine);
        String other = BASE + "/applications/" + theirs.formatted();
        List<AbstractMockHttpServletRequestBuilder<?>> calls = List.of(get(other), get(other + "/form/permit"),
                put(other + "/form/permit").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"permitType\": \"STUDENT\"}}"),
                get(other + "/documents"), get(other + "/status"),
                multipart(other + "/documents/PASSPORT_COPY")
                        .file(new MockMultipartFile("file", "p.pdf", "application/pdf", TestFiles.pdf())),
                delete(other + "/documents/" + UUID.randomUUID()),
                post(other + "/submission").header("Idempotency-Key", "k").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmWithoutDocuments\": true}"));
        for (AbstractMockHttpServletRequestBuilder<?> call : calls) {
            mvc.perform(call.header("Authorization", "Bearer " + token))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(applications.find(theirs).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void withoutAValidTokenTheApplicationIsUnauthorized() throws Exception {
        ApplicationNumber mine = testApplications.draftStudent(new ProvinceCode("06"));
        String path = BASE + "/applications/" + mine.formatted();
        mvc.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(path).header("Authorization", "Bearer " + "x".repeat(43)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(path + "/status").header("Authorization", "Basic dXNlcjpwYXNz"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenOpensNothingAndOnlyItsHashIsStored() throws Exception {
        ApplicationNumber mine = testApplications.draftStudent(new ProvinceCode("06"));
        String token = tokens.issue(mine);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ? OR token_hash = ?")
                .params(token, token.toLowerCase()).query(Integer.class).single()).isZero();
        mvc.perform(get(BASE + "/applications/" + mine.formatted()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE subject = ?")
                .param("residence:" + mine.value()).update();
        mvc.perform(get(BASE + "/applications/" + mine.formatted()).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenOfAnotherDeskOpensNoApplication() throws Exception {
        ApplicationNumber mine = testApplications.draftStudent(new ProvinceCode("06"));
        String visaToken = allTokens.issue(new CodeSubject("visa:" + mine.value()), java.time.Duration.ofHours(1))
                .token();
        mvc.perform(get(BASE + "/applications/" + mine.formatted()).header("Authorization", "Bearer " + visaToken))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenThatUsedUpItsMinuteGets429() throws Exception {
        ApplicationNumber mine = testApplications.draftStudent(new ProvinceCode("06"));
        String token = tokens.issue(mine);
        // The window is fixed and follows the database's clock: fill it until it refuses, and fill the
        // next one instead when fewer than five seconds are left, so the call below meets a full window.
        int limit = apiProperties.callsPerTokenPerMinute();
        for (int attempt = 0; attempt < 3; attempt++) {
            org.passage.ratelimit.RateLimitResult result;
            int calls = 0;
            do {
                result = rateLimiter.tryAcquire("residence-api-token-calls", ApiTokens.hash(token), limit,
                        java.time.Duration.ofMinutes(1));
            } while (result.allowed() && ++calls <= limit);
            if (!result.allowed() && result.retryAfter().compareTo(java.time.Duration.ofSeconds(5)) > 0) {
                break;
            }
        }
        mvc.perform(get(BASE + "/applications/" + mine.formatted()).header("Authorization", "Bearer " + token))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String fresh = tokens.issue(mine);
        mvc.perform(get(BASE + "/applications/" + mine.formatted()).header("Authorization", "Bearer " + fresh))
                .andExpect(status().isOk());
    }

    @Test
    void aPreRegistrationSentAgainWithItsKeyMakesOneDraftAndAnotherBodyIsRefused() throws Exception {
        String email = "api-" + UUID.randomUUID() + "@example.org";
        String body = json.writeValueAsString(preRegistration(email, passport()));
        String first = mvc.perform(from(post(BASE + "/pre-registrations")).header("Idempotency-Key", "pre-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(from(post(BASE + "/pre-registrations")).header("Idempotency-Key", "pre-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM residence_application WHERE email = ?").param(email)
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(from(post(BASE + "/pre-registrations")).header("Idempotency-Key", "pre-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("Amira", "Amina")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aWrongPassportIsRefusedWithoutUsingUpTheCodeAndAWrongCodeIsRefused() throws Exception {
        String email = "api-" + UUID.randomUUID() + "@example.org";
        String passport = passport();
        String number = JsonPath.read(mvc.perform(from(post(BASE + "/pre-registrations"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(preRegistration(email, passport))))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.applicationNumber");
        String code = code(TestMailbox.awaitMessageTo(email).text());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 6; i++) {
            mvc.perform(token(number, "X1234567", code)).andExpect(status().isUnauthorized());
        }
        mvc.perform(token(number, passport, wrong)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(token(number, passport, code)).andExpect(status().isCreated());
        mvc.perform(token(number, passport, code)).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsA400ProblemNamingTheField() throws Exception {
        ApplicationNumber mine = testApplications.draftStudent(new ProvinceCode("06"));
        String token = tokens.issue(mine);
        String permit = BASE + "/applications/" + mine.formatted() + "/form/permit";
        mvc.perform(put(permit).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"permitType\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(permit).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"permitType\": 5}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.containsString("permitType")));
        mvc.perform(put(permit).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"permitType\": \"WIZARD\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.permitType"));
        mvc.perform(put(permit).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"colour\": \"BLUE\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.colour"));
        mvc.perform(put(permit).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {}, \"extra\": true}"))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart(BASE + "/applications/" + mine.formatted() + "/documents/NO_SUCH_ITEM")
                        .file(new MockMultipartFile("file", "p.pdf", "application/pdf", TestFiles.pdf()))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("itemCode"));
        Map<String, Object> unknownKind = new LinkedHashMap<>(preRegistration("x@example.org", passport()));
        unknownKind.put("applicationKind", "FOREVER");
        mvc.perform(from(post(BASE + "/pre-registrations")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(unknownKind)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicationKind"));
        Map<String, Object> badEmail = new LinkedHashMap<>(preRegistration("not-an-address", passport()));
        mvc.perform(from(post(BASE + "/pre-registrations")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(badEmail)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(from(post(BASE + "/pre-registrations")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationKind\": \"FIRST\", \"birthDate\": 20060501}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("birthDate"));
    }

    @Test
    void aHugeBodyIsRefusedWith413OverRealHttp() throws Exception {
        ApplicationNumber mine = testApplications.draftStudent(new ProvinceCode("06"));
        String token = tokens.issue(mine);
        String huge = "{\"answers\": {\"permitType\": \"" + "A".repeat(2 * 1024 * 1024) + "\"}}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + BASE + "/applications/" + mine.formatted() + "/form/permit"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aSubmittedApplicationsFormIsAConflict() throws Exception {
        ApplicationNumber submitted = testApplications.submitStudent(new ProvinceCode("06"));
        String token = tokens.issue(submitted);
        mvc.perform(put(BASE + "/applications/" + submitted.formatted() + "/form/permit")
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"permitType\": \"STUDENT\"}}"))
                .andExpect(status().isConflict());
        mvc.perform(get(BASE + "/applications/" + submitted.formatted() + "/status")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationAndTheBearerToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.applicantToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/residence/pre-registrations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residence/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residence/applications/{number}/form/{page}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residence/applications/{number}/submission'].post.parameters[?(@.name == 'Idempotency-Key')]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residence/applications/{number}/documents/{itemCode}'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residence/applications/{number}/appointment'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residence/applications/{number}/payment'].get").exists());
    }

    @Test
    void anUnreadableNumberWithoutATokenIsUnauthorizedNotNotFound() throws Exception {
        mvc.perform(get(BASE + "/applications/not-a-number")).andExpect(status().isUnauthorized());
    }

    private Map<String, Map<String, String>> studentPages() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Map<String, String>> pages = new LinkedHashMap<>();
        pages.put("permit", Map.of("permitType", "STUDENT"));
        pages.put("study-level", Map.of("studyLevel", "BACHELOR"));
        pages.put("applicant", Map.of("birthDate", today.minusYears(20).toString(), "nationality", "SY",
                "maritalStatus", "SINGLE", "accommodation", "DORMITORY", "healthInsurance", "PRIVATE"));
        pages.put("study", Map.of("enrolment", "REGULAR", "enrolmentDate", today.minusMonths(2).toString(),
                "repeatYear", "NO"));
        pages.put("stay", Map.of("requestedMonths", "12"));
        pages.put("address", Map.of("addressProvince", "06", "addressDistrict", "Çankaya",
                "addressLine", "Atatürk Blv. 1"));
        pages.put("role", Map.of("applicantRole", "SELF"));
        pages.put("university", Map.of());
        return pages;
    }

    private Map<String, Object> preRegistration(String email, String passport) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationKind", "FIRST");
        body.put("givenNames", "Amira");
        body.put("surname", "Haddad");
        body.put("birthDate", today.minusYears(20).toString());
        body.put("nationality", "SY");
        body.put("passportNumber", passport);
        body.put("passportExpiry", today.plusYears(5).toString());
        body.put("email", email);
        body.put("mobile", "+905321234567");
        return body;
    }

    private MockHttpServletRequestBuilder token(String number, String passport, String code) {
        return from(post(BASE + "/tokens")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationNumber\": \"" + number + "\", \"passportNumber\": \"" + passport
                        + "\", \"code\": \"" + code + "\"}");
    }

    private static MockHttpServletRequestBuilder submission(String number, String token, String key, String body) {
        MockHttpServletRequestBuilder request = post(BASE + "/applications/" + number + "/submission")
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    /** Rate-limited calls come from addresses of this class's own range. */
    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        String address = "127.34." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(1, 250);
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private static String passport() {
        return "N" + String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 8);
    }

    private static String code(String text) {
        Matcher matcher = CODE.matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
