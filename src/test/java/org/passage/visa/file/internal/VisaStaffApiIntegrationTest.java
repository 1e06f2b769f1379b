package org.passage.visa.file.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.identity.ApiTokens;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The visa staff's API: a centre's account reaches its centres' files and appointments only, each
 * desk is refused the other's operations, an applicant's token opens none of them, and a file walks
 * from the counter through the consulate's decision to the courier, which the applicant reads.
 */
@PassageIntegrationTest
class VisaStaffApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    VisaCentres centres;
    @Autowired
    org.passage.calendar.BusinessCalendar calendar;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;

    record Booked(String email, UUID file, LocalDate day) {
    }

    Booked bookedAt(String centre) throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        LocalDate day = FreeDays.withPlaces(jdbc, calendar, centres, centre, filing.openDay().plusDays(7), 1, 1);
        desk.book(email, file, centre, day);
        return new Booked(email, file, day);
    }

    RequestPostProcessor boundTo(String centre) {
        StaffPrincipal account = staff.visaCentre();
        jdbc.sql("INSERT INTO visa_centre_staff (username, centre) VALUES (?, ?)").params(account.username(), centre)
                .update();
        return basic(account);
    }

    static RequestPostProcessor basic(StaffPrincipal account) {
        RequestPostProcessor basic = httpBasic(account.username(), TestStaff.PASSWORD);
        return request -> {
            // The staff sign-in counts attempts per address: this class's own.
            request.setRemoteAddr("127.0.0.194");
            return basic.postProcessRequest(request);
        };
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aBoundCentreReachesItsCentresFilesAndAppointmentsOnly() throws Exception {
        Booked ankara = bookedAt("ANK");
        Booked istanbul = bookedAt("IST");
        RequestPostProcessor ankaraDesk = boundTo("ANK");

        mvc.perform(get(VisaStaffApiController.CENTRE + "/appointments").param("day", ankara.day().toString())
                        .with(ankaraDesk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(ankara.file().toString())))
                .andExpect(jsonPath("$[*].centre", not(hasItem("IST"))))
                .andExpect(jsonPath("$[?(@.id == '" + ankara.file() + "')].attendees[*].person",
                        hasItem("SPOUSE")));
        mvc.perform(get(VisaStaffApiController.CENTRE + "/appointments").param("centre", "IST")
                        .param("day", istanbul.day().toString()).with(ankaraDesk))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(VisaStaffApiController.CENTRE + "/files/" + istanbul.file()).with(ankaraDesk))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(VisaStaffApiController.CENTRE + "/files/" + istanbul.file() + "/received").with(ankaraDesk))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(VisaStaffApiController.CENTRE + "/files/" + istanbul.file() + "/refusal"),
                "{\"note\":\"passport\"}").with(ankaraDesk)).andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(filing.status(istanbul.file())).isEqualTo("BOOKED");

        // An account bound to no centre sees every centre, as the counter's page does.
        mvc.perform(get(VisaStaffApiController.CENTRE + "/appointments").param("centre", "IST")
                        .param("day", istanbul.day().toString()).with(basic(staff.visaCentre())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(istanbul.file().toString())));
    }

    @Test
    void eachDeskIsRefusedTheOthersOperationsAndAnApplicantsTokenOpensNone() throws Exception {
        Booked booked = bookedAt("ANK");
        String bearer = "Bearer " + tokens.issue(VisaSignIns.subject(booked.email()), Duration.ofHours(1)).token();

        mvc.perform(post(VisaStaffApiController.CENTRE + "/files/" + booked.file() + "/received")
                .with(basic(staff.consulate()))).andExpect(status().isForbidden());
        mvc.perform(get(VisaStaffApiController.CENTRE + "/appointments").with(basic(staff.consulate())))
                .andExpect(status().isForbidden());
        mvc.perform(get(VisaStaffApiController.CONSULATE + "/files").with(basic(staff.visaCentre())))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(VisaStaffApiController.CONSULATE + "/files/" + booked.file() + "/refusal"),
                "{\"ground\":\"x\"}").with(basic(staff.visaCentre()))).andExpect(status().isForbidden());
        mvc.perform(post(VisaStaffApiController.CENTRE + "/files/" + booked.file() + "/received")
                .header("Authorization", bearer)).andExpect(status().isUnauthorized());
        mvc.perform(get(VisaStaffApiController.CONSULATE + "/files/" + booked.file())
                .header("Authorization", bearer)).andExpect(status().isUnauthorized());
        mvc.perform(get(VisaStaffApiController.CONSULATE + "/files")).andExpect(status().isUnauthorized());
        org.assertj.core.api.Assertions.assertThat(filing.status(booked.file())).isEqualTo("BOOKED");
        // The applicant's own API still takes the bearer token.
        mvc.perform(get("/api/v1/visa/files/" + booked.file()).header("Authorization", bearer))
                .andExpect(status().isOk());
    }

    @Test
    void aFileWalksFromTheCounterThroughTheDecisionToTheCourier() throws Exception {
        Booked booked = bookedAt("ANK");
        String file = VisaStaffApiController.CENTRE + "/files/" + booked.file();
        String decision = VisaStaffApiController.CONSULATE + "/files/" + booked.file();
        RequestPostProcessor counter = boundTo("ANK");
        RequestPostProcessor consulate = basic(staff.consulate());

        mvc.perform(post(file + "/received").with(counter))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"));
        // A second press answers with the first result.
        mvc.perform(post(file + "/received").with(counter))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"));
        mvc.perform(post(file + "/passport-taken").with(counter))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PASSPORT_TAKEN"));
        mvc.perform(json(post(file + "/fee-paid"), "{\"payment\":\"GOLD\"}").with(counter)
                        .header("Accept-Language", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("Gebühr")));
        mvc.perform(json(post(file + "/fee-paid"), "{\"payment\":\"CARD\"}").with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FEE_PAID"))
                .andExpect(jsonPath("$.feePayment").value("CARD"));
        // Forwarded: the counter cannot send the passport back before a decision.
        mvc.perform(json(post(file + "/passport-sent"), "{\"tracking\":\"YK-1\"}").with(counter))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get(VisaStaffApiController.CONSULATE + "/files").with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(booked.file().toString())));
        String from = desk.today().toString();
        String until = desk.today().plusDays(364).toString();
        mvc.perform(json(post(decision + "/issue"), "{\"validFrom\":\"" + from + "\",\"validUntil\":\""
                        + desk.today().plusDays(400) + "\",\"entries\":\"MULTIPLE\"}").with(consulate))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(post(decision + "/issue"), "{\"validFrom\":\"" + from + "\",\"validUntil\":\"" + until
                        + "\",\"entries\":\"MULTIPLE\",\"annotations\":\"Studium\"}").with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.decision.validUntil").value(until));
        // Refusing a visa already issued answers with the issued visa.
        String ground = desk.refusalGrounds().keySet().iterator().next();
        mvc.perform(json(post(decision + "/refusal"), "{\"ground\":\"" + ground + "\"}").with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED"));

        mvc.perform(json(post(file + "/passport-sent"), "{\"tracking\":\" \"}").with(counter))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(file + "/passport-sent"), "{\"tracking\":\"YK-2026-123\"}").with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PASSPORT_SENT"))
                .andExpect(jsonPath("$.trackingReference").value("YK-2026-123"));
        mvc.perform(json(post(file + "/passport-sent"), "{\"tracking\":\"YK-2026-123\"}").with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingReference").value("YK-2026-123"));

        String bearer = "Bearer " + tokens.issue(VisaSignIns.subject(booked.email()), Duration.ofHours(1)).token();
        mvc.perform(get("/api/v1/visa/files/" + booked.file()).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PASSPORT_SENT"))
                .andExpect(jsonPath("$.decision.validUntil").value(until))
                .andExpect(jsonPath("$.decision.annotations").value("Studium"))
                .andExpect(jsonPath("$.decision.trackingReference").value("YK-2026-123"));
    }

    @Test
    void theConsulateAsksForDocumentsAndRefusesOnAGroundOfTheRulebook() throws Exception {
        Booked booked = bookedAt("IST");
        String file = VisaStaffApiController.CENTRE + "/files/" + booked.file();
        String decision = VisaStaffApiController.CONSULATE + "/files/" + booked.file();
        RequestPostProcessor counter = basic(staff.visaCentre());
        StaffPrincipal consulateAccount = staff.consulate();
        RequestPostProcessor consulate = basic(consulateAccount);
        mvc.perform(get(decision).with(consulate)).andExpect(status().isNotFound());
        mvc.perform(post(file + "/received").with(counter)).andExpect(status().isOk());
        mvc.perform(post(file + "/passport-taken").with(counter)).andExpect(status().isOk());
        mvc.perform(json(post(file + "/fee-paid"), "{\"payment\":\"CASH\"}").with(counter))
                .andExpect(status().isOk());

        mvc.perform(json(post(decision + "/document-request"), "{\"note\":\"\"}").with(consulate))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(decision + "/document-request"), "{\"note\":\"Enrolment certificate\"}")
                        .with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DOCUMENTS_REQUESTED"));
        mvc.perform(get(decision).with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[-1].reason").value("Enrolment certificate"));
        // Reading the file is audited as the consulate's view of its personal data.
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_VIEWED' AND actor_id = ?
                AND subject = ?""").params(consulateAccount.username(), VisaFileDesk.subject(booked.file()))
                .query(Integer.class).single()).isEqualTo(1);
        desk.documentsSent(booked.email(), booked.file());

        mvc.perform(json(post(decision + "/refusal"), "{\"ground\":\"NOT_A_GROUND\"}").with(consulate)
                        .header("Accept-Language", "tr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String ground = desk.refusalGrounds().keySet().iterator().next();
        mvc.perform(json(post(decision + "/refusal"), "{\"ground\":\"" + ground
                        + "\",\"explanation\":\"The funding is not proven.\"}").with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.decision.explanation").value("The funding is not proven."))
                .andExpect(jsonPath("$.decision.ground").isNotEmpty());

        // The passport waits at the centre and is collected.
        mvc.perform(post(file + "/passport-ready").with(counter))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PASSPORT_READY"))
                .andExpect(jsonPath("$.passportReturn").value("COLLECT"));
        mvc.perform(post(file + "/passport-returned").with(counter))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PASSPORT_RETURNED"));
        mvc.perform(post(file + "/passport-returned").with(counter))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PASSPORT_RETURNED"));
    }

    @Test
    void theCounterRefusesAFileWhoseOriginalIsMissingWithTheItemNamed() throws Exception {
        Booked booked = bookedAt("ANK");
        String file = VisaStaffApiController.CENTRE + "/files/" + booked.file();
        RequestPostProcessor counter = boundTo("ANK");
        java.util.List<String[]> required = filing.requiredItems(booked.file());
        String seen = required.stream().skip(1).map(i -> "\"" + i[0] + "/" + i[1] + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        mvc.perform(post(file + "/received").with(counter)).andExpect(status().isOk());

        String body = "{\"seen\":[" + seen + "],\"note\":\"Original not brought\"}";
        mvc.perform(json(post(file + "/originals-check"), body).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.file.status").value("DRAFT"))
                .andExpect(jsonPath("$.file.events[-1].reason", containsString("Original not brought")));
        // Sent again, the check reads as the first result and refuses nothing more.
        mvc.perform(json(post(file + "/originals-check"), body).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.file.status").value("DRAFT"));
        org.assertj.core.api.Assertions.assertThat(desk.timeline(booked.file()).stream()
                .filter(e -> e.actor().startsWith("staff:") && e.status() == org.passage.visa.file.VisaFileStatus.DRAFT)
                .count()).isEqualTo(1);
        // The file has left the centre: another centre's account still does not reach it.
        mvc.perform(json(post(file + "/originals-check"), body).with(boundTo("IST")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentListsTheStaffOperationsBehindStaffBasic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/visa/centre/appointments'].get.security[*]['staff-basic']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/visa/centre/files/{id}/passport-sent'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/visa/consulate/files/{id}/issue'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/visa/consulate/files/{id}/refusal'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/visa/files/{id}'].get").exists());
    }
}
