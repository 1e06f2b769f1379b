package org.passage.admissions.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.provinces.ProvinceCode;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may call the staff API: nobody anonymous (401), no other staff role (403), and each desk member
 * only their own university's files (another's is not found), a registrar does not score or decide.
 */
@PassageIntegrationTest
class ApplicationsApiAccessMatrixIntegrationTest {

    static final String API = "/api/v1/admissions/applications";

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionFiles files;
    @Autowired
    Evaluations evaluations;
    @Autowired
    AdmissionApplications applications;

    /** Signs in on each call as {@code member}, from a loopback address of this test's own (sign-ins are limited). */
    static RequestPostProcessor as(StaffPrincipal member) {
        String address = "127." + ThreadLocalRandom.current().nextInt(64, 96) + "."
                + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        RequestPostProcessor basic = httpBasic(member.username(), TestStaff.PASSWORD);
        return request -> {
            request.setRemoteAddr(address);
            return basic.postProcessRequest(request);
        };
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void anAnonymousCallerIsUnauthorizedWithAProblem() throws Exception {
        mvc.perform(get(API + "/AD0000000000")).andExpect(status().isUnauthorized());
        // over HTTP, so that the error dispatch writes the problem (MockMvc does not dispatch errors)
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + API)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        StaffPrincipal registrar = staff.registrar(files.university());
        mvc.perform(get(API).with(httpBasic(registrar.username(), "wrong password"))
                .with(r -> { r.setRemoteAddr("127.96.0." + ThreadLocalRandom.current().nextInt(1, 255)); return r; }))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void staffWithoutAnAdmissionRoleAreForbidden() throws Exception {
        mvc.perform(get(API).with(as(staff.officer(new ProvinceCode("06"))))).andExpect(status().isForbidden());
        mvc.perform(get(API).with(as(staff.admin()))).andExpect(status().isForbidden());
    }

    @Test
    void aRegistrarSeesTheirUniversitysFilesAndNothingOfAnother() throws Exception {
        String a = files.university();
        String b = files.university();
        AdmissionNumber ofA = files.forwarded(a, "PHYSICS");
        AdmissionNumber ofB = files.forwarded(b, "PHYSICS");
        StaffPrincipal registrar = staff.registrar(a);

        String list = mvc.perform(get(API).with(as(registrar))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(ofA.value()).doesNotContain(ofB.value());
        mvc.perform(get(API + "/" + ofA.value()).with(as(registrar))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_EVALUATION"))
                .andExpect(jsonPath("$.history[0].action").value("CREATE"));
        mvc.perform(get(API + "/" + ofB.value()).with(as(registrar))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aCommitteeMemberOfUniversityASeesNothingOfUniversityBAndNoFileBeforeItIsForwarded() throws Exception {
        String a = files.university();
        String b = files.university();
        AdmissionNumber ofB = files.forwarded(b, "PHYSICS");
        StaffPrincipal member = staff.committeeMember(a);

        assertThat(mvc.perform(get(API).with(as(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).doesNotContain(ofB.value());
        mvc.perform(get(API + "/" + ofB.value()).with(as(member))).andExpect(status().isNotFound());
        mvc.perform(json(put(API + "/" + ofB.value() + "/scores"),
                "{\"points\":{\"EXAM\":50,\"DOCUMENTS\":50,\"INTERVIEW\":50}}").with(as(member)))
                .andExpect(status().isNotFound());
        assertThat(evaluations.sheet(ofB)).isEmpty();
    }

    @Test
    void aCommitteeMemberScoresByTheApiAndARegistrarMayNot() throws Exception {
        String a = files.university();
        AdmissionNumber number = files.forwarded(a, "PHYSICS");
        String body = "{\"points\":{\"EXAM\":80,\"DOCUMENTS\":50,\"INTERVIEW\":100},\"notes\":\"strong\"}";

        mvc.perform(json(put(API + "/" + number.value() + "/scores"), body).with(as(staff.registrar(a))))
                .andExpect(status().isForbidden());
        mvc.perform(json(put(API + "/" + number.value() + "/scores"), body).with(as(staff.committeeMember(a))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(78.0));
        mvc.perform(json(put(API + "/" + number.value() + "/scores"), "{\"points\":{\"EXAM\":800}}")
                .with(as(staff.committeeMember(a)))).andExpect(status().isBadRequest());
        mvc.perform(get(API + "/" + number.value() + "/scores").with(as(staff.dean(a, "SCIENCES"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points.EXAM").value(80));
    }

    @Test
    void theCommitteeMemberAndTheDeanDecideByTheApiAndARegistrarCannot() throws Exception {
        String a = files.university();
        AdmissionNumber number = files.forwarded(a, "PHYSICS");
        StaffPrincipal member = staff.committeeMember(a);
        StaffPrincipal dean = staff.dean(a, "SCIENCES");
        StaffPrincipal otherDean = staff.dean(a, "MEDICINE");

        mvc.perform(json(post(API + "/" + number.value() + "/decision"),
                "{\"outcome\":\"ADMIT\",\"partner\":\"" + dean.username() + "\"}").with(as(staff.registrar(a))))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(API + "/" + number.value() + "/decision"),
                "{\"outcome\":\"ADMIT\",\"partner\":\"" + member.username() + "\"}").with(as(otherDean)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(API + "/" + number.value() + "/decision"),
                "{\"outcome\":\"ADMIT\",\"partner\":\"" + otherDean.username() + "\"}").with(as(member)))
                .andExpect(status().isBadRequest());
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.IN_EVALUATION);

        mvc.perform(json(post(API + "/" + number.value() + "/decision"),
                "{\"outcome\":\"ADMIT\",\"partner\":\"" + dean.username() + "\"}").with(as(member)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ADMITTED"));
        mvc.perform(json(post(API + "/" + number.value() + "/decision"),
                "{\"outcome\":\"ADMIT\",\"partner\":\"" + dean.username() + "\",\"reason\":\"again\"}")
                .with(as(member))).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
