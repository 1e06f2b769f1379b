package org.passage.oauth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.audit.AuditTrail;
import org.passage.directorate.TestCases;
import org.passage.oauth.OfficerBearerTokens;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A system client bound to an officer's account: registered by an administrator, it gets a token by
 * client credentials at {@code /oauth2/token} and reviews through {@code /api/v1/directorate} within
 * the account's provinces only. Wrong secrets, missing scopes, forged and revoked tokens are refused
 * with problems; a decoder rebuilt from the database (as another node would) accepts the same tokens.
 */
@PassageIntegrationTest
class OfficerOAuthIntegrationTest {

    static final String QUEUE = "/api/v1/directorate/cases";
    static final ProvinceCode BURSA = new ProvinceCode("16");
    static final ProvinceCode IZMIR = new ProvinceCode("35");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;
    @Autowired
    TestStaff staff;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    AuditTrail audit;
    @Autowired
    ExpiredAuthorizationsPurgeJob purge;

    record Client(String id, String secret) {
    }

    static RequestPostProcessor from() {
        String address = "127." + ThreadLocalRandom.current().nextInt(128, 160) + "."
                + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    Client register(StaffPrincipal admin, StaffPrincipal officer) throws Exception {
        String body = mvc.perform(post("/api/v1/admin/oauth-clients").with(from())
                        .with(httpBasic(admin.username(), TestStaff.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Case system\",\"staffAccount\":\"" + officer.username() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.staffAccount").value(officer.username()))
                .andExpect(jsonPath("$.scope").value(OfficerBearerTokens.CASES))
                .andReturn().getResponse().getContentAsString();
        JsonNode json = JSON.readTree(body);
        return new Client(json.get("clientId").asString(), json.get("clientSecret").asString());
    }

    String token(Client client, String scope) throws Exception {
        var request = post("/oauth2/token").with(httpBasic(client.id(), client.secret()))
                .param("grant_type", "client_credentials");
        if (scope != null) {
            request.param("scope", scope);
        }
        String body = mvc.perform(request).andExpect(status().isOk())
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("access_token").asString();
    }

    static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    HttpResponse<String> overHttp(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSystemClientReviewsWithinItsOfficersProvincesOnly() throws Exception {
        StaffPrincipal admin = staff.admin();
        StaffPrincipal bursaOfficer = staff.officer(BURSA);
        StaffPrincipal izmirOfficer = staff.officer(IZMIR);
        ApplicationNumber bursaCase = cases.appointmentToday(BURSA);
        ApplicationNumber izmirCase = cases.appointmentToday(IZMIR);
        Client bursa = register(admin, bursaOfficer);
        Client izmir = register(admin, izmirOfficer);
        assertThat(audit.bySubject("staff:" + bursaOfficer.username(), 50)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("OAUTH_CLIENT_REGISTERED");
            assertThat(event.actor().id()).isEqualTo(admin.username());
        });
        // only the hash of the secret is stored
        assertThat(jdbc.sql("SELECT client_secret FROM oauth2_registered_client WHERE client_id = ?")
                .param(bursa.id()).query(String.class).single()).doesNotContain(bursa.secret()).startsWith("{");

        String token = token(bursa, OfficerBearerTokens.CASES);
        mvc.perform(get(QUEUE).param("q", bursaCase.value()).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].applicationNumber").value(bursaCase.value()));
        mvc.perform(get(QUEUE).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].applicationNumber", Matchers.hasItem(bursaCase.value())))
                .andExpect(jsonPath("$[*].applicationNumber", Matchers.not(Matchers.hasItem(izmirCase.value()))));
        mvc.perform(get(QUEUE + "/" + bursaCase.value()).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPOINTMENT_BOOKED"));
        // another province's case is out of reach, as for the officer through HTTP Basic
        mvc.perform(get(QUEUE + "/" + izmirCase.value()).with(bearer(token))).andExpect(status().isNotFound());

        String izmirToken = token(izmir, OfficerBearerTokens.CASES);
        mvc.perform(get(QUEUE + "/" + bursaCase.value()).with(bearer(izmirToken))).andExpect(status().isNotFound());
        mvc.perform(get(QUEUE + "/" + izmirCase.value()).with(bearer(izmirToken))).andExpect(status().isOk());

        // the review goes on as the officer's account: same audit actor as through the pages
        mvc.perform(post(QUEUE + "/" + bursaCase.value() + "/attended").with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("UNDER_REVIEW"));
        assertThat(audit.bySubject(bursaCase.value(), 50)).anySatisfy(
                event -> assertThat(event.actor().id()).isEqualTo(bursaOfficer.username()));
    }

    @Test
    void wrongSecretsMissingScopesAndForgedTokensAreRefused() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        ApplicationNumber number = cases.appointmentToday(BURSA);
        Client client = register(staff.admin(), officer);
        String path = QUEUE + "/" + number.value();

        mvc.perform(post("/oauth2/token").with(httpBasic(client.id(), client.secret() + "x"))
                        .param("grant_type", "client_credentials").param("scope", OfficerBearerTokens.CASES))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"));
        mvc.perform(post("/oauth2/token").with(httpBasic(client.id(), client.secret()))
                        .param("grant_type", "client_credentials").param("scope", "directorate.everything"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_scope"));

        // a token without the scope: the account's roles do not count
        String unscoped = token(client, null);
        mvc.perform(get(path).with(bearer(unscoped))).andExpect(status().isForbidden());
        HttpResponse<String> forbidden = overHttp(path, unscoped);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        // a forged token (signature of the right token, payload changed) and garbage
        String token = token(client, OfficerBearerTokens.CASES);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        for (String bad : new String[] {forged, "not-a-token"}) {
            mvc.perform(get(path).with(bearer(bad)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")));
            HttpResponse<String> refused = overHttp(path, bad);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }

        // HTTP Basic is unchanged: anonymous calls are still challenged for it
        mvc.perform(get(path).with(from())).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic")));

        // revoked at /oauth2/revoke (stored in the database): refused at once
        mvc.perform(get(path).with(bearer(token))).andExpect(status().isOk());
        mvc.perform(post("/oauth2/revoke").with(httpBasic(client.id(), client.secret()))
                .param("token", token)).andExpect(status().isOk());
        mvc.perform(get(path).with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAdministratorsRegisterClientsForActiveOfficers() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        mvc.perform(post("/api/v1/admin/oauth-clients").with(from())
                        .with(httpBasic(officer.username(), TestStaff.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Mine\",\"staffAccount\":\"" + officer.username() + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/oauth-clients").with(from())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Mine\",\"staffAccount\":\"" + officer.username() + "\"}"))
                .andExpect(status().isUnauthorized());
        StaffPrincipal admin = staff.admin();
        mvc.perform(post("/api/v1/admin/oauth-clients").with(from())
                        .with(httpBasic(admin.username(), TestStaff.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Theirs\",\"staffAccount\":\"" + admin.username() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("staffAccount"));
        mvc.perform(post("/api/v1/admin/oauth-clients").with(from())
                        .with(httpBasic(admin.username(), TestStaff.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"staffAccount\":\"" + officer.username() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void anotherNodeVerifiesTheSameTokensWithTheStoredKey() throws Exception {
        Client client = register(staff.admin(), staff.officer(BURSA));
        String token = token(client, OfficerBearerTokens.CASES);

        // a second node: its own key store and decoder, built from the database alone
        SigningKeys secondNode = new SigningKeys(jdbc, clock);
        JwtDecoder decoder = new AuthorizationServerConfiguration().jwtDecoder(secondNode, clock);
        Jwt jwt = decoder.decode(token);
        assertThat(jwt.getClaimAsString(OfficerBearerTokens.STAFF_CLAIM)).isNotBlank();
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly(OfficerBearerTokens.CASES);
        assertThat(jwt.getSubject()).isEqualTo(client.id());
        // one key, offered by whichever node came first
        assertThat(jdbc.sql("SELECT count(*) FROM oauth2_signing_key").query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/oauth2/jwks")).andExpect(status().isOk())
                .andExpect(jsonPath("$.keys.length()").value(1))
                .andExpect(jsonPath("$.keys[0].kid").value(secondNode.current().getKeyID()))
                .andExpect(jsonPath("$.keys[0].d").doesNotExist());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes['officer-oauth2'].flows.clientCredentials.tokenUrl")
                        .value("/oauth2/token"))
                .andExpect(jsonPath("$.paths['/api/v1/directorate/cases'].get.security[*]['officer-oauth2']")
                        .exists());
        mvc.perform(get("/.well-known/oauth-authorization-server")).andExpect(status().isOk())
                .andExpect(jsonPath("$.token_endpoint", Matchers.endsWith("/oauth2/token")));
        // a token signed with another key is refused
        String other = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThatThrownBy(() -> decoder.decode(other)).isInstanceOf(JwtException.class);
    }

    @Test
    void aDisabledAccountsTokensStopAtOnceAndExpiredAuthorizationsArePurged() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        ApplicationNumber number = cases.appointmentToday(BURSA);
        Client client = register(staff.admin(), officer);
        String token = token(client, OfficerBearerTokens.CASES);
        String path = QUEUE + "/" + number.value();
        mvc.perform(get(path).with(bearer(token))).andExpect(status().isOk());

        jdbc.sql("UPDATE staff_account SET enabled = false WHERE username = ?").param(officer.username()).update();
        mvc.perform(get(path).with(bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(post("/oauth2/token").with(httpBasic(client.id(), client.secret()))
                        .param("grant_type", "client_credentials").param("scope", OfficerBearerTokens.CASES))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.error").value("unauthorized_client"));

        String clientKey = jdbc.sql("SELECT id FROM oauth2_registered_client WHERE client_id = ?")
                .param(client.id()).query(String.class).single();
        java.util.function.IntSupplier stored = () -> jdbc.sql(
                "SELECT count(*) FROM oauth2_authorization WHERE registered_client_id = ?")
                .param(clientKey).query(Integer.class).single();
        assertThat(stored.getAsInt()).isEqualTo(1);
        purge.purge(clock.instant());
        assertThat(stored.getAsInt()).isEqualTo(1);
        purge.purge(clock.instant().plus(ExpiredAuthorizationsPurgeJob.KEPT_AFTER_EXPIRY).plusSeconds(3600));
        assertThat(stored.getAsInt()).isZero();
    }
}
