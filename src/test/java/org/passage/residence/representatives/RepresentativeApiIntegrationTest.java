package org.passage.residence.representatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Date;
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
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.passage.residence.api.internal.ApplicationTokens;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.ResidenceApplication;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 21's second done-when: a lawyer files for two clients under mandates they confirmed with
 * their codes; one client revokes half-way and the lawyer's next call for that client is refused
 * while the other still works. And the access rules both ways: no mandate, another applicant's
 * application, an expired mandate, a mandate without the scope.
 */
@PassageIntegrationTest
class RepresentativeApiIntegrationTest {

    private static final String API = "/api/v1/residence";
    private static final String REPRESENTATIVES = "/api/v1/representatives";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern MANDATE_CODE = Pattern.compile("minutes\\): (\\d{6})");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications testApplications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    ApplicationTokens applicantTokens;
    @Autowired
    TestStaff staff;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    @Test
    void aLawyerFilesForTwoClientsAndOneRevokesHalfWay() throws Exception {
        String lawyer = verifiedRepresentative("LAWYER", "Av. Deniz Yılmaz", "İstanbul Barosu 12345");
        ApplicationNumber first = client();
        ApplicationNumber second = client();

        String firstMandate = mandate(lawyer, first, List.of("APPLY", "UPLOAD"));
        // Not yet confirmed: the mandate opens nothing.
        asRepresentative(get(app(first)), lawyer).andExpect(status().isNotFound());
        confirm(first, firstMandate);
        String secondMandate = mandate(lawyer, second, List.of("APPLY", "UPLOAD", "BOOK"));
        confirm(second, secondMandate);
        mvc.perform(get(REPRESENTATIVES + "/mandates").header("Authorization", "Bearer " + lawyer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.mandateId == '" + firstMandate + "')].state").value("LIVE"));

        for (ApplicationNumber client : List.of(first, second)) {
            asRepresentative(get(app(client)), lawyer)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.applicationNumber").value(client.formatted()));
            asRepresentative(put(app(client) + "/form/permit").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"answers\": {\"permitType\": \"STUDENT\"}}"), lawyer)
                    .andExpect(status().isOk());
            asRepresentative(multipart(app(client) + "/documents/PASSPORT_COPY")
                    .file(new MockMultipartFile("file", "passport.pdf", "application/pdf", TestFiles.pdf())), lawyer)
                    .andExpect(status().isCreated());
            asRepresentative(get(app(client) + "/status"), lawyer).andExpect(status().isOk());
        }

        // Every change is recorded on behalf of the lawyer, and the client is told.
        String lawyerId = JsonPath.read(mvc.perform(get(REPRESENTATIVES + "/me")
                .header("Authorization", "Bearer " + lawyer)).andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(journey.history(first)).filteredOn(t -> t.actor().kind() == Actor.Kind.REPRESENTATIVE)
                .hasSize(2)
                .allSatisfy(t -> {
                    assertThat(t.actor().id()).isEqualTo(lawyerId);
                    assertThat(t.action()).isEqualTo(RepresentativeActions.ACTED_ON_BEHALF);
                });
        assertThat(audit.bySubject(first.value(), 50))
                .filteredOn(e -> e.action().equals(RepresentativeActions.ACTED_ON_BEHALF))
                .hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.actor()).isEqualTo(AuditActor.representative(lawyerId));
                    assertThat(e.details()).containsEntry("onBehalfOf", first.value())
                            .containsEntry("mandate", firstMandate);
                });
        assertThat(TestMailbox.awaitMessageTo(email(first), "Your representative acted").text())
                .contains("Av. Deniz Yılmaz").contains(first.formatted());
        mvc.perform(get("/admin/audit").param("subject", first.value()).with(TestStaff.signedIn(staff.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Representative acted on behalf of the applicant")));

        // The first client revokes: the lawyer's next call for them is refused, the second still works.
        String firstToken = applicantTokens.issue(first);
        mvc.perform(get(app(first) + "/mandates").header("Authorization", "Bearer " + firstToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].representative").value(containsString("Av. Deniz Yılmaz")));
        mvc.perform(delete(app(first) + "/mandates/" + firstMandate).header("Authorization", "Bearer " + firstToken))
                .andExpect(status().isNoContent());
        asRepresentative(get(app(first) + "/status"), lawyer)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        asRepresentative(put(app(first) + "/form/permit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"permitType\": \"STUDENT\"}}"), lawyer)
                .andExpect(status().isNotFound());
        asRepresentative(get(app(second) + "/status"), lawyer).andExpect(status().isOk());
        asRepresentative(get(app(second) + "/documents"), lawyer).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'PASSPORT_COPY')].files[0].fileName").exists());
        // A revoked mandate cannot be revoked again, nor confirmed again.
        mvc.perform(delete(app(first) + "/mandates/" + firstMandate).header("Authorization", "Bearer " + firstToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRepresentativeWithoutAMandateGetsNotFoundAndCannotTouchTheMandates() throws Exception {
        String agency = verifiedRepresentative("ORGANISATION", "Global Students Agency", null);
        ApplicationNumber stranger = client();
        asRepresentative(get(app(stranger)), agency).andExpect(status().isNotFound());
        asRepresentative(get(app(stranger) + "/status"), agency).andExpect(status().isNotFound());
        asRepresentative(put(app(stranger) + "/form/permit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"permitType\": \"STUDENT\"}}"), agency).andExpect(status().isNotFound());

        // With a mandate, the application's mandates stay the applicant's own business.
        String mandate = mandate(agency, stranger, List.of("APPLY"));
        confirm(stranger, mandate);
        asRepresentative(get(app(stranger) + "/mandates"), agency).andExpect(status().isForbidden());
        asRepresentative(delete(app(stranger) + "/mandates/" + mandate), agency).andExpect(status().isForbidden());
        asRepresentative(get(app(stranger)), agency).andExpect(status().isOk());
    }

    @Test
    void anApplicantsTokenReachesNeitherAnotherApplicationNorItsMandates() throws Exception {
        String lawyer = verifiedRepresentative("LEGAL_REPRESENTATIVE", "Selin Kaya", null);
        ApplicationNumber mine = client();
        ApplicationNumber theirs = client();
        String mandate = mandate(lawyer, theirs, List.of("APPLY"));
        confirm(theirs, mandate);
        String token = applicantTokens.issue(mine);
        mvc.perform(get(app(theirs)).header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(get(app(theirs) + "/mandates").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(delete(app(theirs) + "/mandates/" + mandate).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        // The representative's mandate for theirs still stands.
        asRepresentative(get(app(theirs)), lawyer).andExpect(status().isOk());
        // And a representative's token is no applicant's: it cannot ask for a mandate as nobody.
        mvc.perform(from(post(REPRESENTATIVES + "/mandates")).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"applicationNumber\": \""
                                + mine.formatted() + "\", \"passportNumber\": \"" + passport(mine)
                                + "\", \"scopes\": [\"APPLY\"], \"endsOn\": \"" + LocalDate.now(clock).plusDays(5) + "\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredMandateIsRefused() throws Exception {
        String lawyer = verifiedRepresentative("LAWYER", "Av. Emre Demir", "Ankara Barosu 777");
        ApplicationNumber client = client();
        String mandate = mandate(lawyer, client, List.of("APPLY", "UPLOAD"));
        confirm(client, mandate);
        asRepresentative(get(app(client)), lawyer).andExpect(status().isOk());
        jdbc.sql("UPDATE representative_mandate SET ends_on = ? WHERE id = ?")
                .params(Date.valueOf(LocalDate.now(clock).minusDays(1)), UUID.fromString(mandate)).update();
        asRepresentative(get(app(client)), lawyer).andExpect(status().isNotFound());
        mvc.perform(get(REPRESENTATIVES + "/mandates").header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$[?(@.mandateId == '" + mandate + "')].state").value("EXPIRED"));
    }

    @Test
    void aMandateWithoutTheUploadScopeCannotUpload() throws Exception {
        String lawyer = verifiedRepresentative("LAWYER", "Av. Ece Aydın", "İzmir Barosu 4242");
        ApplicationNumber client = client();
        confirm(client, mandate(lawyer, client, List.of("APPLY")));
        asRepresentative(multipart(app(client) + "/documents/PASSPORT_COPY")
                .file(new MockMultipartFile("file", "passport.pdf", "application/pdf", TestFiles.pdf())), lawyer)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        asRepresentative(put(app(client) + "/appointment").contentType(MediaType.APPLICATION_JSON)
                .content("{\"province\": \"06\", \"date\": \"" + LocalDate.now(clock).plusDays(10) + "\"}"), lawyer)
                .andExpect(status().isForbidden());
        assertThat(journey.attachments(client)).isEmpty();
        asRepresentative(put(app(client) + "/form/permit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"permitType\": \"STUDENT\"}}"), lawyer).andExpect(status().isOk());
    }

    @Test
    void anUnverifiedRepresentativeGetsNoTokenAndAWrongMandateCodeConfirmsNothing() throws Exception {
        String email = "rep-" + UUID.randomUUID() + "@example.org";
        register("LAWYER", "Av. Unverified", email, "Bursa Barosu 1");
        mvc.perform(from(post(REPRESENTATIVES + "/tokens")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("email", email,
                                "code", code(TestMailbox.awaitMessageTo(email).text())))))
                .andExpect(status().isForbidden());
        // A lawyer must give the bar registration number.
        mvc.perform(from(post(REPRESENTATIVES + "/registrations")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("kind", "LAWYER", "name", "Av. X",
                                "email", "x-" + UUID.randomUUID() + "@example.org"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("barRegistrationNumber"));

        String lawyer = verifiedRepresentative("LAWYER", "Av. Ok", "Bursa Barosu 2");
        ApplicationNumber client = client();
        String mandate = mandate(lawyer, client, List.of("APPLY"));
        mvc.perform(post(API + "/mandates/" + mandate + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"000000\"}"))
                .andExpect(status().isUnprocessableContent());
        asRepresentative(get(app(client)), lawyer).andExpect(status().isNotFound());
        // A wrong passport names no application.
        mvc.perform(from(post(REPRESENTATIVES + "/mandates")).header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"applicationNumber\": \""
                                + client.formatted() + "\", \"passportNumber\": \"U00000001\", \"scopes\": [\"APPLY\"], "
                                + "\"endsOn\": \"" + LocalDate.now(clock).plusDays(5) + "\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAProblemNeverAServerError() throws Exception {
        String lawyer = verifiedRepresentative("LAWYER", "Av. Hostile", "Adana Barosu 9");
        ApplicationNumber client = client();
        List<MockHttpServletRequestBuilder> calls = List.of(
                post(REPRESENTATIVES + "/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"WIZARD\", \"name\": \"x\", \"email\": \"x@example.org\"}"),
                post(REPRESENTATIVES + "/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ORGANISATION\", \"name\": \"\", \"email\": \"not-an-address\"}"),
                post(REPRESENTATIVES + "/tokens").contentType(MediaType.APPLICATION_JSON).content("[]"),
                post(REPRESENTATIVES + "/mandates").header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"applicationNumber\": \""
                                + client.formatted() + "\", \"passportNumber\": \"" + passport(client)
                                + "\", \"scopes\": [\"EVERYTHING\"], \"endsOn\": \"2030-01-01\"}"),
                post(REPRESENTATIVES + "/mandates").header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"applicationNumber\": \""
                                + client.formatted() + "\", \"passportNumber\": \"" + passport(client)
                                + "\", \"scopes\": [\"APPLY\"], \"endsOn\": \"" + LocalDate.now(clock).minusDays(1) + "\"}"),
                post(REPRESENTATIVES + "/mandates").header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"applicationNumber\": \"nope\", "
                                + "\"passportNumber\": \"x\", \"scopes\": [], \"endsOn\": \"tomorrow\"}"),
                post(API + "/mandates/not-a-uuid/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"123456\"}"),
                post(API + "/mandates/" + UUID.randomUUID() + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"\"}"));
        for (MockHttpServletRequestBuilder call : calls) {
            int status = mvc.perform(from(call)).andExpect(content().contentTypeCompatibleWith(
                    MediaType.APPLICATION_PROBLEM_JSON)).andReturn().getResponse().getStatus();
            assertThat(status).isBetween(400, 499);
        }
        mvc.perform(get(REPRESENTATIVES + "/me")).andExpect(status().isUnauthorized());
        mvc.perform(get(REPRESENTATIVES + "/mandates").header("Authorization", "Bearer " + "x".repeat(43)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApplicantConfirmsAndRevokesOnTheirPageAndAnotherApplicationsMandateIsOutOfReach() throws Exception {
        String lawyer = verifiedRepresentative("LAWYER", "Av. Page Test", "Kocaeli Barosu 31");
        ApplicationNumber client = client();
        ApplicationNumber other = client();
        String mandate = mandate(lawyer, client, List.of("APPLY"));
        String otherMandate = mandate(lawyer, other, List.of("APPLY"));
        String text = TestMailbox.awaitMessageTo(email(client), "A representative asks").text();
        Matcher matcher = MANDATE_CODE.matcher(text);
        assertThat(matcher.find()).isTrue();

        mvc.perform(get("/residence/application/mandates").with(TestApplications.signedIn(client))
                        .header("Accept-Language", "tr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Av. Page Test")))
                .andExpect(content().string(containsString("Onayınızı bekliyor")));
        mvc.perform(post("/residence/application/mandates/" + mandate + "/confirm").with(TestApplications.signedIn(client))
                        .with(csrf()).param("code", matcher.group(1)))
                .andExpect(status().is3xxRedirection());
        asRepresentative(get(app(client)), lawyer).andExpect(status().isOk());
        // Another application's mandate is not theirs to confirm or revoke.
        mvc.perform(post("/residence/application/mandates/" + otherMandate + "/revoke")
                        .with(TestApplications.signedIn(client)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/residence/application/mandates/" + mandate + "/revoke").with(TestApplications.signedIn(client))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        asRepresentative(get(app(client)), lawyer).andExpect(status().isNotFound());
        mvc.perform(get("/residence/application/mandates").with(TestApplications.signedIn(client)))
                .andExpect(content().string(containsString("Revoked")));
        assertThat(audit.bySubject(client.value(), 50)).extracting(e -> e.action())
                .contains("MANDATE_REQUESTED", "MANDATE_CONFIRMED", "MANDATE_REVOKED");
    }

    @Test
    void theOpenApiDocumentDescribesTheRepresentativesOperations() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.representativeToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/representatives/registrations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/representatives/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/representatives/mandates'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residence/mandates/{mandateId}/confirmation'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residence/applications/{number}/mandates/{mandateId}'].delete")
                        .exists());
    }

    /** Registers a representative, has an administrator verify them on the page, and returns their token. */
    private String verifiedRepresentative(String kind, String name, String bar) throws Exception {
        String email = "rep-" + UUID.randomUUID() + "@example.org";
        register(kind, name, email, bar);
        String firstCode = code(TestMailbox.awaitMessageTo(email).text());
        // Proving the address is not enough: an administrator must verify the account first.
        mvc.perform(from(post(REPRESENTATIVES + "/tokens")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("email", email, "code", firstCode))))
                .andExpect(status().isForbidden());
        var admin = staff.admin();
        mvc.perform(get("/admin/representatives").with(TestStaff.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        String id = jdbc.sql("SELECT id FROM representative WHERE email = ?").param(email).query(UUID.class).single()
                .toString();
        mvc.perform(post("/admin/representatives/" + id + "/verify").with(TestStaff.signedIn(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(from(post(REPRESENTATIVES + "/codes")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("email", email))))
                .andExpect(status().isAccepted());
        String code = code(TestMailbox.awaitMessagesTo(email, 2).getLast().text());
        return JsonPath.read(mvc.perform(from(post(REPRESENTATIVES + "/tokens")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("email", email, "code", code))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andReturn().getResponse().getContentAsString(), "$.accessToken");
    }

    private void register(String kind, String name, String email, String bar) throws Exception {
        Map<String, String> body = new java.util.LinkedHashMap<>(Map.of("kind", kind, "name", name, "email", email));
        if (bar != null) {
            body.put("barRegistrationNumber", bar);
        }
        mvc.perform(from(post(REPRESENTATIVES + "/registrations")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isAccepted());
    }

    /** A representative asks for a mandate; returns its id. */
    private String mandate(String token, ApplicationNumber client, List<String> scopes) throws Exception {
        Map<String, Object> body = Map.of("applicationNumber", client.formatted(), "passportNumber", passport(client),
                "scopes", scopes, "endsOn", LocalDate.now(clock).plusMonths(3).toString());
        return JsonPath.read(mvc.perform(from(post(REPRESENTATIVES + "/mandates"))
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString(), "$.mandateId");
    }

    /** The applicant confirms the mandate with the code mailed to the application's address. */
    private void confirm(ApplicationNumber client, String mandate) throws Exception {
        // Each client here is asked for one mandate: the newest such message is its.
        String text = TestMailbox.awaitMessageTo(email(client), "A representative asks").text();
        assertThat(text).contains(mandate);
        Matcher matcher = MANDATE_CODE.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        mvc.perform(post(API + "/mandates/" + mandate + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + matcher.group(1) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("LIVE"));
    }

    private ApplicationNumber client() {
        ApplicationNumber number = testApplications.draftStudent(new ProvinceCode("06"));
        testApplications.completeStudentAnswers(number);
        return number;
    }

    private String passport(ApplicationNumber number) {
        ResidenceApplication application = journey.load(number);
        return application.identity().passportNumber().value();
    }

    private String email(ApplicationNumber number) {
        return journey.load(number).contact().email();
    }

    private ResultActions asRepresentative(AbstractMockHttpServletRequestBuilder<?> request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    private static String app(ApplicationNumber number) {
        return API + "/applications/" + number.formatted();
    }

    private static String code(String text) {
        Matcher matcher = CODE.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    /** Rate-limited calls come from addresses of this class's own range. */
    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        String address = "127.47." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(1, 250);
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
