package org.passage.directorate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.staff.TestStaff.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.audit.AuditTrail;
import org.passage.audit.RecordedAuditEvent;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.ApplicationState;
import org.passage.residence.CaseFile;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officer's review through {@code /api/v1/directorate}: the same service calls as the pages, so
 * the same audit entries and history; scoped to the officer's provinces; bad input a 4xx problem;
 * writes idempotent by key.
 */
@PassageIntegrationTest
class OfficerApiIntegrationTest {

    static final String API = "/api/v1/directorate/cases";
    static final ProvinceCode BURSA = new ProvinceCode("16");
    static final ProvinceCode IZMIR = new ProvinceCode("35");

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;
    @Autowired
    TestStaff staff;
    @Autowired
    TestCases cases;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    ApplicationReviews reviews;
    @Autowired
    AuditTrail audit;

    /** Signs in with HTTP Basic on each call, from a loopback address of its own (sign-ins are limited per address). */
    static RequestPostProcessor as(StaffPrincipal member) {
        String address = "127." + ThreadLocalRandom.current().nextInt(96, 128) + "."
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
    void aReviewThroughTheApiLeavesTheSameAuditEntriesAndHistoryAsThroughThePages() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        ApplicationNumber byPages = cases.appointmentToday(BURSA);
        ApplicationNumber byApi = cases.appointmentToday(BURSA);
        LocalDate today = LocalDate.now();
        LocalDate standard = reviews.caseFile(byPages).orElseThrow().standardValidUntil();
        assertThat(reviews.caseFile(byApi).orElseThrow().standardValidUntil()).isEqualTo(standard);

        String page = "/staff/officer/cases/" + byPages.value();
        mvc.perform(get("/staff/officer").param("q", byPages.value()).with(signedIn(officer)))
                .andExpect(status().isOk());
        mvc.perform(get(page).with(signedIn(officer))).andExpect(status().isOk());
        mvc.perform(post(page + "/attended").with(csrf()).with(signedIn(officer))).andExpect(status().isFound());
        mvc.perform(post(page + "/items/STUDENT_CERTIFICATE").param("mark", "MISSING").with(csrf())
                .with(signedIn(officer))).andExpect(status().isFound());
        mvc.perform(post(page + "/items-received").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isFound());
        mvc.perform(post(page + "/approve").with(csrf()).with(signedIn(officer))
                        .param("validFrom-day", String.valueOf(today.getDayOfMonth()))
                        .param("validFrom-month", String.valueOf(today.getMonthValue()))
                        .param("validFrom-year", String.valueOf(today.getYear()))
                        .param("validUntil-day", String.valueOf(standard.getDayOfMonth()))
                        .param("validUntil-month", String.valueOf(standard.getMonthValue()))
                        .param("validUntil-year", String.valueOf(standard.getYear()))
                        .param("gapReason", "Certificate checked by phone"))
                .andExpect(status().isFound());
        mvc.perform(get(page + "/decision-letter").with(signedIn(officer))).andExpect(status().isOk());

        String api = API + "/" + byApi.value();
        mvc.perform(get(API).param("q", byApi.value()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].applicationNumber").value(byApi.value()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get(api).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPOINTMENT_BOOKED"))
                .andExpect(jsonPath("$.actions", Matchers.hasItem("attended")));
        mvc.perform(post(api + "/attended").with(as(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("UNDER_REVIEW"));
        mvc.perform(json(put(api + "/checklist/STUDENT_CERTIFICATE"), "{\"mark\":\"MISSING\"}").with(as(officer)))
                .andExpect(status().isOk());
        mvc.perform(post(api + "/checklist/received").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", Matchers.not(Matchers.hasItem("STUDENT_CERTIFICATE"))));
        mvc.perform(json(post(api + "/approval"), """
                        {"validFrom":"%s","validUntil":"%s","gapReason":"Certificate checked by phone"}"""
                        .formatted(today, standard)).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.validUntil").value(standard.toString()));
        mvc.perform(get(api + "/decision-letter").with(as(officer)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));

        assertThat(trail(byApi)).isNotEmpty().isEqualTo(trail(byPages));
        assertThat(trail(byApi)).extracting(Object::toString).anyMatch(line -> line.contains("CASE_APPROVED"))
                .anyMatch(line -> line.contains("CHECKLIST_ITEM_MARKED"))
                .anyMatch(line -> line.contains(Casework.LETTER_VIEW));
        assertThat(history(byApi)).isEqualTo(history(byPages));
    }

    @Test
    void theOfficerRefusesThroughTheApiOnCitedGroundsAfterAskingForMissingDocuments() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        ApplicationNumber number = cases.appointmentToday(BURSA);
        String api = API + "/" + number.value();
        mvc.perform(post(api + "/attended").with(as(officer))).andExpect(status().isOk());

        mvc.perform(get(api).with(as(officer)).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.refusalGrounds[*].code", Matchers.hasItem("CONDITIONS_NOT_MET")))
                .andExpect(jsonPath("$.refusalGrounds[*].code", Matchers.not(Matchers.hasItem("ABSENCE_VIOLATION"))))
                .andExpect(jsonPath("$.refusalGrounds[0].citation", Matchers.not(Matchers.emptyString())));
        mvc.perform(json(post(api + "/missing-documents"),
                        "{\"items\":[\"STUDENT_CERTIFICATE\"],\"businessDays\":5,\"note\":\"Signed and stamped\"}")
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("MISSING_DOCUMENTS"))
                .andExpect(jsonPath("$.items[0]").value("STUDENT_CERTIFICATE"));
        mvc.perform(json(post(api + "/rejection"), "{\"explanation\":\"No enrolment\"}").with(as(officer)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(audit.bySubject(number.value(), 100)).extracting(RecordedAuditEvent::action)
                .contains("CASE_MISSING_DOCUMENTS_REQUESTED").doesNotContain("CASE_REJECTED");
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.MISSING_DOCUMENTS);
    }

    @Test
    void aRejectionNamesAtLeastOneGroundOfTheRulebook() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        ApplicationNumber number = cases.appointmentToday(BURSA);
        String api = API + "/" + number.value();
        mvc.perform(post(api + "/attended").with(as(officer))).andExpect(status().isOk());

        mvc.perform(json(post(api + "/rejection"), "{\"explanation\":\"No enrolment\"}").with(as(officer))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("NO_GROUNDS"))
                .andExpect(jsonPath("$.errors[0].field").value("grounds"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose at least one refusal ground"));
        mvc.perform(json(post(api + "/rejection"), "{\"grounds\":[\"NO_SUCH_GROUND\"],\"explanation\":\"x\"}")
                        .with(as(officer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("UNKNOWN_GROUND"));
        mvc.perform(json(post(api + "/rejection"),
                        "{\"grounds\":[\"CONDITIONS_NOT_MET\"],\"explanation\":\"No enrolment\"}").with(as(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REJECTED"));

        assertThat(audit.bySubject(number.value(), 100)).filteredOn(e -> e.action().equals("CASE_REJECTED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor().id()).isEqualTo(officer.username());
                    assertThat(e.details().get("grounds").toString()).contains("CONDITIONS_NOT_MET");
                });
    }

    @Test
    void theApiCannotApproveLongerThanTheRulesAllow() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        ApplicationNumber number = cases.appointmentToday(BURSA);
        String api = API + "/" + number.value();
        mvc.perform(post(api + "/attended").with(as(officer))).andExpect(status().isOk());
        mvc.perform(post(api + "/checklist/received").with(as(officer))).andExpect(status().isOk());
        LocalDate limit = reviews.caseFile(number).orElseThrow().validityLimit();

        mvc.perform(json(post(api + "/approval"), """
                        {"validFrom":"%s","validUntil":"%s","shorteningReason":"x"}"""
                        .formatted(LocalDate.now(), limit.plusDays(1))).with(as(officer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("VALIDITY_TOO_LONG"))
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"));

        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void anOfficerOfAnotherProvinceGetsNotFoundAndTheQueueLeavesTheCaseOut() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        StaffPrincipal izmir = staff.officer(IZMIR);
        String api = API + "/" + number.value();

        mvc.perform(get(api).with(as(izmir)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(api + "/attended").with(as(izmir)).header("Idempotency-Key", "k-" + number.value()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(api + "/rejection"), "{\"grounds\":[\"CONDITIONS_NOT_MET\"],\"explanation\":\"x\"}")
                .with(as(izmir))).andExpect(status().isNotFound());
        mvc.perform(get(api + "/decision-letter").with(as(izmir))).andExpect(status().isNotFound());
        mvc.perform(get(API).param("q", number.value()).with(as(izmir)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(API + "/" + ApplicationNumber.random().value()).with(as(staff.officer(BURSA))))
                .andExpect(status().isNotFound());

        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);
    }

    @Test
    void onlyOfficersGetIn() throws Exception {
        ApplicationNumber number = cases.appointmentToday(BURSA);
        String api = API + "/" + number.value();
        mvc.perform(get(api).with(as(staff.admin()))).andExpect(status().isForbidden());
        mvc.perform(get(api).with(as(staff.registrar("KOC")))).andExpect(status().isForbidden());
        mvc.perform(get(api).with(TestApplications.signedIn(number))).andExpect(status().is4xxClientError());
        mvc.perform(get(api).with(httpBasic(staff.officer(BURSA).username(), "wrong password"))
                .with(request -> {
                    request.setRemoteAddr("127.99.1.1");
                    return request;
                })).andExpect(status().isUnauthorized());
        // over HTTP, so that the error dispatch writes the problem (MockMvc does not dispatch errors)
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + api)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        ApplicationNumber number = cases.appointmentToday(BURSA);
        String api = API + "/" + number.value();

        mvc.perform(get(API).param("state", "SOMETHING").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(get(API).param("state", "ALL").with(as(officer))).andExpect(status().isOk());
        mvc.perform(json(post(api + "/reschedule"), "{\"date\":\"2026-02-30\",\"reason\":\"x\"}").with(as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(api + "/reschedule"), "{\"date\":null}").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("date", "reason")));
        mvc.perform(json(post(api + "/approval"), "{\"validFrom\":").with(as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(post(api + "/attended").header("Idempotency-Key", "").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(json(put(api + "/checklist/STUDENT_CERTIFICATE"), "{\"mark\":\"MISSING\"}").with(as(officer)))
                .andExpect(status().isConflict());
        mvc.perform(post(api + "/attended").with(as(officer))).andExpect(status().isOk());
        mvc.perform(json(put(api + "/checklist/STUDENT_CERTIFICATE"), "{\"mark\":\"MAYBE\"}").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mark"));
        mvc.perform(json(put(api + "/checklist/NO_SUCH_ITEM"), "{\"mark\":\"MISSING\"}").with(as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(api + "/missing-documents"), "{\"items\":[\"STUDENT_CERTIFICATE\"],\"businessDays\":99}")
                        .with(as(officer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("businessDays"));

        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(audit.bySubject(number.value(), 100)).extracting(RecordedAuditEvent::action)
                .doesNotContain("CHECKLIST_ITEM_MARKED", "CASE_MISSING_DOCUMENTS_REQUESTED");
    }

    @Test
    void anApprovalSentTwiceWithTheSameKeyGivesTheFirstResultAndIssuesOnePermit() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        ApplicationNumber number = cases.appointmentToday(BURSA);
        String api = API + "/" + number.value();
        mvc.perform(post(api + "/attended").with(as(officer))).andExpect(status().isOk());
        mvc.perform(post(api + "/checklist/received").with(as(officer))).andExpect(status().isOk());
        LocalDate standard = reviews.caseFile(number).orElseThrow().standardValidUntil();
        String body = "{\"validFrom\":\"%s\",\"validUntil\":\"%s\"}".formatted(LocalDate.now(), standard);

        String first = mvc.perform(json(post(api + "/approval"), body).header("Idempotency-Key", "approve-1")
                .with(as(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(json(post(api + "/approval"), body).header("Idempotency-Key", "approve-1")
                .with(as(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(json(post(api + "/approval"), body.replace("}", ",\"gapReason\":\"x\"}"))
                        .header("Idempotency-Key", "approve-1").with(as(officer)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(post(api + "/approval"), body).header("Idempotency-Key", "approve-1")
                .with(as(staff.officer(BURSA)))).andExpect(status().isUnprocessableContent());

        assertThat(second).isEqualTo(first).contains("permitNumber");
        assertThat(reviews.caseFile(number).orElseThrow().history()).extracting(CaseFile.Event::action)
                .containsOnlyOnce("APPROVED");
        assertThat(audit.bySubject(number.value(), 100)).extracting(RecordedAuditEvent::action)
                .containsOnlyOnce("CASE_APPROVED");
    }

    @Test
    void theOpenApiDocumentListsTheOfficersOperationsWithBasicSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/directorate/cases'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/directorate/cases/{number}/approval'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/directorate/cases/{number}/rejection'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/directorate/cases/{number}/checklist/{item}'].put").exists())
                .andExpect(jsonPath("$.components.securitySchemes['staff-basic'].scheme").value("basic"));
    }

    /**
     * The audit entries about a case, oldest first, as who (kind; staff by name) did what (with the
     * view or the details), without what differs between two cases (their numbers, permit numbers).
     */
    private List<String> trail(ApplicationNumber number) {
        List<String> lines = new ArrayList<>();
        for (RecordedAuditEvent e : audit.bySubject(number.value(), 500).reversed()) {
            String actor = e.actor().kind().name() + (e.actor().kind().name().equals("STAFF") ? " " + e.actor().id() : "");
            Map<String, Object> details = new LinkedHashMap<>(e.details());
            details.remove("permitNumber");
            details.remove("document");
            details.replaceAll((k, v) -> String.valueOf(v).replace(number.value(), "N"));
            lines.add(actor + " " + e.action() + " " + details + " " + e.rulebookVersion());
        }
        return lines;
    }

    private List<String> history(ApplicationNumber number) {
        return reviews.caseFile(number).orElseThrow().history().stream()
                .map(e -> e.actor().kind() + " " + e.action() + " " + e.from() + "→" + e.to()).toList();
    }
}
