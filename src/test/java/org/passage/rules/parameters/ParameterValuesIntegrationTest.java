package org.passage.rules.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.PassageApplication;
import org.passage.PassageIntegrationTest;
import org.passage.notifications.TestMailbox;
import org.passage.rules.Rulebooks;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2027 minimum wage is not published yet: family assessments dated 2027 use the 2026 figure
 * provisionally and say so; once one administrator proposes the 2027 figure and another approves
 * it, both application nodes (this context and a second one on the same database) use it at once.
 */
@PassageIntegrationTest
class ParameterValuesIntegrationTest {

    static final String FAMILY_2027 = """
            {"applicationKind": "FIRST", "permitType": "FAMILY", "relationship": "SPOUSE",
             "applicationDate": "2027-02-01", "applicantRole": "SELF",
             "applicant": {"birthDate": "1995-03-01", "nationality": "DE", "maritalStatus": "MARRIED",
                           "accommodation": "RENTAL", "hostMarried": false, "parentsOnPassport": true,
                           "parentSituation": "BOTH_PRESENT", "healthInsurance": "PRIVATE", "protectionStatus": "NONE",
                           "permitHistory": [], "socialAssistanceLast3Years": false,
                           "previousTurkishCoursePermits": 0, "documentsIssuedIn": "DE",
                           "costsCoveredByPublicBody": false},
             "stay": {"requestedMonths": 24},
             "sponsor": {"kind": "RESIDENCE_PERMIT_HOLDER", "monthlyIncomeTry": 35000, "familyMembersInTurkiye": 1,
                         "permitValidUntil": "2028-06-30", "onPermitSince": "2024-01-10",
                         "convictedOfCrimeAgainstFamilyLast5Years": false, "addressRegistered": true,
                         "insuranceCoversFamily": true, "permitType": "SHORT_TERM",
                         "hasAnotherSpouseWithFamilyPermit": false}}""";
    static final String WAGE = "MINIMUM_WAGE_MONTHLY_TRY";
    private static final AtomicInteger CLIENT = new AtomicInteger(1);

    static ConfigurableApplicationContext secondNode;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestStaff staff;
    @Autowired
    Rulebooks rulebooks;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startSecondNode() {
        secondNode = new SpringApplicationBuilder(PassageApplication.class)
                .initializers(new TestMailbox())
                .properties("server.port=0", "spring.main.banner-mode=off", "passage.scheduling.enabled=false",
                        // Its calls come from 127.0.0.1, whose window other tests of the same database share.
                        "passage.rate-limit.assessments-limit=1000000")
                .run();
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @BeforeEach
    @AfterEach
    void no2027WageEnteredYet() {
        jdbc.sql("DELETE FROM rule_parameter_value WHERE rulebook = 'tr-residence' AND parameter = ?").param(WAGE)
                .update();
    }

    @Test
    void a2027FamilyAssessmentUsesThe2026WageProvisionallyUntilTwoAdministratorsEnterThe2027One() throws Exception {
        JsonNode before = assessHere("en");
        assertThat(codes(before)).contains("PARAMETER_PROVISIONAL").doesNotContain("SPONSOR_INCOME");
        assertThat(finding(before, "PARAMETER_PROVISIONAL").path("severity").asString()).isEqualTo("WARNING");
        assertThat(finding(before, "PARAMETER_PROVISIONAL").path("message").asString())
                .contains("Net monthly minimum wage", "2026-01-01 – 2026-12-31", "28075.50 TRY");
        assertThat(finding(assessHere("tr"), "PARAMETER_PROVISIONAL").path("message").asString())
                .contains("Net aylık asgari ücret", "geçici");
        assertThat(finding(assessHere("de"), "PARAMETER_PROVISIONAL").path("message").asString())
                .contains("Monatlicher Nettomindestlohn", "vorläufig");
        assertThat(wageUsedInTrace(before).path("provisional").asBoolean()).isTrue();
        assertThat(codes(assessOnSecondNode())).contains("PARAMETER_PROVISIONAL");

        StaffPrincipal alice = staff.admin();
        StaffPrincipal bob = staff.admin();
        long id = propose2027Wage(alice);
        assertThat(codes(assessHere("en"))).as("a proposal alone changes nothing").contains("PARAMETER_PROVISIONAL");

        mvc.perform(post("/admin/parameters/proposals/{id}/approve", id).with(TestStaff.signedIn(bob)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        JsonNode after = assessHere("en");
        assertThat(codes(after)).contains("SPONSOR_INCOME").doesNotContain("PARAMETER_PROVISIONAL");
        assertThat(wageUsedInTrace(after).path("value").asDouble()).isEqualTo(40000.0);
        assertThat(wageUsedInTrace(after).path("provisional").asBoolean()).isFalse();
        assertThat(codes(assessOnSecondNode())).as("the other node, without a restart")
                .contains("SPONSOR_INCOME").doesNotContain("PARAMETER_PROVISIONAL");
        JsonNode listed = json.readTree(mvc.perform(get("/api/v1/rulebooks/tr-residence/parameters")
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode period2027 = null;
        for (JsonNode p : listed) {
            if (p.path("name").asString().equals(WAGE)) {
                assertThat(p.path("provisional").asBoolean()).isFalse();
                period2027 = p.path("periods").get(p.path("periods").size() - 1);
            }
        }
        assertThat(period2027).isNotNull();
        assertThat(period2027.path("from").asString()).isEqualTo("2027-01-01");
        assertThat(period2027.path("value").asDouble()).isEqualTo(40000.0);
        assertThat(period2027.path("enteredBy").path("proposedBy").asString()).isEqualTo(alice.username());
        assertThat(period2027.path("enteredBy").path("approvedBy").asString()).isEqualTo(bob.username());
        assertThat(period2027.path("citation").path("publisher").asString()).isEqualTo("T.C. Resmî Gazete");
        assertThat(period2027.path("citation").path("url").asString()).isEqualTo("https://www.resmigazete.gov.tr/");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject = ? ORDER BY id")
                .param("parameter:tr-residence/" + WAGE).query(String.class).list())
                .containsSubsequence("PARAMETER_VALUE_PROPOSED", "PARAMETER_VALUE_APPROVED");
    }

    @Test
    void nobodyApprovesTheirOwnProposal() throws Exception {
        StaffPrincipal alone = staff.admin();
        long id = propose2027Wage(alone);

        mvc.perform(post("/admin/parameters/proposals/{id}/approve", id).with(TestStaff.signedIn(alone)).with(csrf())
                .header("Accept-Language", "en")).andExpect(status().isForbidden());

        assertThat(state(id)).isEqualTo("PROPOSED");
        assertThat(codes(assessHere("en"))).contains("PARAMETER_PROVISIONAL");
    }

    @Test
    void anonymousVisitorsAndOfficersCannotProposeOrApprove() throws Exception {
        long id = propose2027Wage(staff.admin());
        StaffPrincipal officer = staff.officer(org.passage.provinces.ProvinceCode.ANKARA);

        mvc.perform(post("/admin/parameters/proposals/{id}/approve", id).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/parameters/proposals/{id}/approve", id).with(TestStaff.signedIn(officer))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/parameters").with(TestStaff.signedIn(officer))).andExpect(status().isForbidden());
        int before = count();
        mvc.perform(proposal().with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before);
        assertThat(state(id)).isEqualTo("PROPOSED");
    }

    @Test
    void anApprovedPeriodMayNotOverlapAnotherOrAnOfficialOne() throws Exception {
        StaffPrincipal alice = staff.admin();
        StaffPrincipal bob = staff.admin();
        long first = propose2027Wage(alice);
        long second = propose2027Wage(alice);
        mvc.perform(post("/admin/parameters/proposals/{id}/approve", first).with(TestStaff.signedIn(bob)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/parameters/proposals/{id}/approve", second).with(TestStaff.signedIn(bob))
                .with(csrf())).andExpect(status().isConflict());
        mvc.perform(proposal().param("from", "2026-06-01").with(TestStaff.signedIn(alice)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(state(second)).isEqualTo("PROPOSED");
    }

    @Test
    void theApiListsEveryParameterOfTheThreeRulebooksWithPeriodsAndPublicSources() throws Exception {
        JsonNode books = json.readTree(mvc.perform(get("/api/v1/rulebooks").header("Accept-Language", "de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        books.forEach(b -> ids.add(b.path("id").asString()));
        assertThat(ids).containsExactlyInAnyOrder("tr-residence", "de-national-visa", "university-admission");

        for (String id : ids) {
            JsonNode parameters = json.readTree(mvc.perform(get("/api/v1/rulebooks/{id}/parameters", id)
                    .header("Accept-Language", "de")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>();
            parameters.forEach(p -> {
                names.add(p.path("name").asString());
                assertThat(p.path("title").asString()).isNotBlank();
                assertThat(p.path("periods").isEmpty()).isFalse();
                p.path("periods").forEach(v -> {
                    assertThat(v.path("from").asString()).isNotBlank();
                    assertThat(v.path("status").asString()).isIn("OFFICIAL", "UNVERIFIED", "UNKNOWN");
                    assertThat(v.path("citation").path("publisher").asString()).isNotBlank();
                    assertThat(v.path("citation").path("title").asString()).isNotBlank();
                    assertThat(v.path("citation").path("section").asString()).isNotBlank();
                    assertThat(v.path("citation").path("read").asString()).isNotBlank();
                });
            });
            assertThat(names).containsExactlyInAnyOrderElementsOf(rulebooks.get(id).parameters().keySet());
        }
    }

    @Test
    void anUnknownRulebookIsA404Problem() throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/rulebooks/{id}/parameters", "nope").header("Accept-Language", "tr"))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).path("title").asString())
                .isEqualTo("Bilinmeyen kural kitabı");
    }

    @Test
    void thePublicPageListsTheFiguresInEachLanguageAndIsLinkedFromTheFooter() throws Exception {
        for (String[] language : new String[][] {{"tr", "Net aylık asgari ücret"}, {"en", "Net monthly minimum wage"},
                {"de", "Monatlicher Nettomindestlohn"}}) {
            String page = mvc.perform(get("/parameters").header("Accept-Language", language[0]))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains(language[1], "href=\"/parameters\"");
        }
    }

    private long propose2027Wage(StaffPrincipal admin) throws Exception {
        int before = count();
        mvc.perform(proposal().with(TestStaff.signedIn(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 1);
        return jdbc.sql("SELECT max(id) FROM rule_parameter_value").query(Long.class).single();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder proposal() {
        return post("/admin/parameters").param("parameter", "tr-residence/" + WAGE).param("from", "2027-01-01")
                .param("to", "2027-12-31").param("value", "40000.00")
                .param("publisher", "T.C. Resmî Gazete").param("title", "Asgari Ücret Tespit Komisyonu Kararı")
                .param("section", "Karar 2027/1").param("url", "https://www.resmigazete.gov.tr/")
                .param("publishedOn", "2026-12-24");
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM rule_parameter_value").query(Integer.class).single();
    }

    private String state(long id) {
        return jdbc.sql("SELECT state FROM rule_parameter_value WHERE id = ?").param(id).query(String.class).single();
    }

    private JsonNode assessHere(String language) throws Exception {
        int client = CLIENT.incrementAndGet();
        MvcResult r = mvc.perform(post("/api/v1/assessments/residence-permit?explain=true")
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language)
                .with(req -> {
                    req.setRemoteAddr("10.201.0." + client % 250);
                    return req;
                }).content(FAMILY_2027)).andExpect(status().isOk()).andReturn();
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode assessOnSecondNode() throws Exception {
        String port = secondNode.getEnvironment().getProperty("local.server.port");
        // From a loopback address of its own, whose rate window no other test fills.
        HttpResponse<String> r = HttpClient.newBuilder()
                .localAddress(java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 78})).build().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/assessments/residence-permit"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(FAMILY_2027)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.path("findings").forEach(f -> codes.add(f.path("code").asString()));
        return codes;
    }

    private static JsonNode finding(JsonNode answer, String code) {
        for (JsonNode f : answer.path("findings")) {
            if (f.path("code").asString().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + code + " in " + answer);
    }

    private static JsonNode wageUsedInTrace(JsonNode answer) {
        for (JsonNode t : answer.path("trace")) {
            for (JsonNode p : t.path("parameters")) {
                if (p.path("name").asString().equals(WAGE)) {
                    return p;
                }
            }
        }
        throw new AssertionError("the trace names no " + WAGE + ": " + answer.path("trace"));
    }
}
