package org.passage.admissions.candidate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.RequiredDocuments;
import org.passage.admissions.desk.Submission;
import org.passage.admissions.desk.TestUniversities;
import org.passage.admissions.desk.TestUniversities.Programme;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate API over HTTP against PostgreSQL: a token for the one-time code, the candidate's own
 * applications with state and cited ground, and nothing of anyone else's; every error a problem.
 */
@PassageIntegrationTest
class CandidateApiIntegrationTest {

    static final String API = "/api/v1/admissions/candidate";
    static final List<String> DOCUMENTS = RequiredDocuments.of(List.of(), false);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUniversities universities;
    @Autowired
    AdmissionDesk desk;

    private final String address = "10.17." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    @Test
    void aCandidateReadsTheirApplicationsWithTheStateOfEachProgramme() throws Exception {
        String university = university();
        String email = email();
        List<AdmissionNumber> numbers = desk.apply(university, TestUniversities.INTAKE,
                List.of("PHYSICS", "CHEMISTRY"), email);
        String token = token(email);

        mvc.perform(remote(get(API + "/applications")).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].number").value(numbers.get(0).value()))
                .andExpect(jsonPath("$[0].programme").value("PHYSICS"))
                .andExpect(jsonPath("$[0].preference").value(1))
                .andExpect(jsonPath("$[0].state").value("DRAFT"))
                .andExpect(jsonPath("$[0].stateTitle").value("Entwurf"))
                .andExpect(jsonPath("$[0].universityName").value("Testuniversität"))
                .andExpect(jsonPath("$[1].programme").value("CHEMISTRY"));
    }

    @Test
    void aClosedApplicationCarriesItsCitedGround() throws Exception {
        String university = university();
        String email = email();
        String token = token(email);
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS"), email)
                .getFirst();
        desk.submit(number, new Submission("{}", "FOREIGN_NATIONAL", "DE", "2026.1"), DOCUMENTS, DOCUMENTS);
        desk.closeIneligible(number, AdmissionActor.staff("registrar.api"), "TR_SCHOOLED_IN_TURKIYE", null);

        mvc.perform(remote(get(API + "/applications/" + number.value())).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.application.state").value("CLOSED_INELIGIBLE"))
                .andExpect(jsonPath("$.application.stateTitle").value("Closed: not eligible"))
                .andExpect(jsonPath("$.application.ground.code").value("TR_SCHOOLED_IN_TURKIYE"))
                .andExpect(jsonPath("$.application.ground.text").value(
                        org.hamcrest.Matchers.containsString("section 7.2.2.2")))
                .andExpect(jsonPath("$.history[*].state").value(org.hamcrest.Matchers.contains("DRAFT", "SUBMITTED",
                        "CLOSED_INELIGIBLE")))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain("registrar.api"));
    }

    @Test
    void anotherCandidatesApplicationIsNotFoundAndNotListed() throws Exception {
        String university = university();
        String owner = email();
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS"), owner)
                .getFirst();
        String other = token(email());

        mvc.perform(remote(get(API + "/applications/" + number.value())).header("Authorization", "Bearer " + other))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(remote(get(API + "/applications/not-a-number")).header("Authorization", "Bearer " + other))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(remote(get(API + "/applications")).header("Authorization", "Bearer " + other))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void withoutAValidTokenTheApplicationsAreUnauthorized() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get(API + "/applications"),
                get(API + "/applications/AB12CD34EF56"),
                get(API + "/applications").header("Authorization", "Bearer not-a-token"),
                get(API + "/applications").header("Authorization", "Basic dXNlcjpwYXNz"))) {
            mvc.perform(remote(request))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
    }

    @Test
    void aTokenOfAnotherApiOpensNothing() throws Exception {
        String email = email();
        // The visa API's token of the same address is a token of another purpose.
        mvc.perform(remote(post("/api/v1/visa/sign-in")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());
        String code = code(TestMailbox.awaitMessageTo(email).text());
        String visa = JsonMapper.builder().build().readTree(mvc.perform(remote(post("/api/v1/visa/sign-in/token"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + email + "\",\"code\":\"" + code
                        + "\"}")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("token").asString();

        mvc.perform(remote(get(API + "/applications")).header("Authorization", "Bearer " + visa))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongCodeGetsNoToken() throws Exception {
        String email = email();
        mvc.perform(remote(post(API + "/codes")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());
        String code = code(TestMailbox.awaitMessageTo(email).text());

        mvc.perform(remote(post(API + "/tokens")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"code\":\"" + (code.equals("000000") ? "111111" : "000000")
                        + "\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        mvc.perform(remote(post(API + "/codes")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"not an address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(remote(post(API + "/codes")).contentType(MediaType.APPLICATION_JSON).content("{\"email\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(remote(post(API + "/tokens")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    // --- helpers

    String university() {
        return universities.create(List.of(Programme.of("PHYSICS", 5), Programme.of("CHEMISTRY", 5)));
    }

    static String email() {
        return "api-" + UUID.randomUUID() + "@example.org";
    }

    /** A bearer token of the address, by the one-time code sent to it. */
    String token(String email) throws Exception {
        mvc.perform(remote(post(API + "/codes")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());
        String code = code(TestMailbox.awaitMessageTo(email).text());
        String body = mvc.perform(remote(post(API + "/tokens")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email.toUpperCase() + "\",\"code\":\"" + code + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(3600))
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("accessToken").asString();
    }

    MockHttpServletRequestBuilder remote(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    static String code(String mail) {
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(mail);
        assertThat(m.find()).as("a six-digit code in: " + mail).isTrue();
        return m.group(1);
    }
}
