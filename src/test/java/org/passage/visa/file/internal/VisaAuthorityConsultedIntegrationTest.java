package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.identity.ApiTokens;
import org.passage.rules.Rulebooks;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The consulate's silence-period state: a forwarded file is marked AUTHORITY_CONSULTED with the day
 * the foreigners' authority was consulted; the earliest decision is that day plus the rulebook's
 * silence period; the file stays in the consulate's queue and can then be decided; the applicant
 * reads the dates on their page and in the API.
 */
@PassageIntegrationTest
class VisaAuthorityConsultedIntegrationTest {

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
    @Autowired
    Rulebooks rulebooks;

    record Forwarded(String email, UUID file) {
    }

    /** A file handed in at the counter today and forwarded to the consulate. */
    Forwarded forwarded() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        desk.book(email, file, "IST", FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay(), 1, 1));
        desk.staffStep(file, VisaFileDesk.StaffStep.RECEIVE, "centre-consulted", null);
        desk.staffStep(file, VisaFileDesk.StaffStep.TAKE_PASSPORT, "centre-consulted", null);
        desk.staffStep(file, VisaFileDesk.StaffStep.PAY_FEE, "centre-consulted", null, FeePayment.CARD);
        return new Forwarded(email, file);
    }

    RequestPostProcessor consulate() {
        StaffPrincipal account = staff.consulate();
        RequestPostProcessor basic = httpBasic(account.username(), TestStaff.PASSWORD);
        return request -> {
            // The staff sign-in counts attempts per address: this class's own.
            request.setRemoteAddr("127.0.0.222");
            return basic.postProcessRequest(request);
        };
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    LocalDate silenceEndsFrom(LocalDate consulted) {
        long days = (Long) rulebooks.get(VisaFileDesk.RULEBOOK).parameter("SILENCE_PERIOD_DAYS").requireOn(consulted)
                .value();
        return consulted.plusDays(days);
    }

    @Test
    void theEarliestDecisionFollowsTheSilencePeriodTheQueueKeepsTheFileAndItIsIssuedAfter() throws Exception {
        Forwarded f = forwarded();
        RequestPostProcessor consulate = consulate();
        String file = VisaStaffApiController.CONSULATE + "/files/" + f.file();
        LocalDate today = desk.today();
        LocalDate earliest = silenceEndsFrom(today);

        // Not in the future, not before the file was handed in, and never without a day.
        mvc.perform(json(post(file + "/authority-consultation"), "{\"consultedOn\":\"" + today.plusDays(1) + "\"}")
                .with(consulate)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(post(file + "/authority-consultation"), "{\"consultedOn\":\"" + today.minusDays(1) + "\"}")
                .with(consulate)).andExpect(status().isBadRequest());
        mvc.perform(json(post(file + "/authority-consultation"), "{}").with(consulate))
                .andExpect(status().isBadRequest());
        assertThat(filing.status(f.file())).isEqualTo("FEE_PAID");

        mvc.perform(json(post(file + "/authority-consultation"), "{\"consultedOn\":\"" + today + "\"}")
                        .with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AUTHORITY_CONSULTED"))
                .andExpect(jsonPath("$.authorityConsultedOn").value(today.toString()))
                .andExpect(jsonPath("$.earliestDecisionAfterConsultation").value(earliest.toString()));
        // Sent again, the first consultation stands.
        mvc.perform(json(post(file + "/authority-consultation"), "{\"consultedOn\":\"" + today.plusDays(5) + "\"}")
                        .with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authorityConsultedOn").value(today.toString()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_file_event WHERE file_id = ? AND status = 'AUTHORITY_CONSULTED'")
                .param(f.file()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'VISA_FILE_AUTHORITY_CONSULTED' AND subject = ?")
                .param(VisaFileDesk.subject(f.file())).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_delivery WHERE address = ? AND body LIKE ?")
                .params(f.email(), "%" + earliest.format(VisaFileDesk.DATE) + "%").query(Integer.class).single())
                .isEqualTo(1);

        mvc.perform(get(VisaStaffApiController.CONSULATE + "/files").with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(f.file().toString())));

        // The applicant reads the day consulted and the earliest decision, on the page and in the API.
        mvc.perform(get("/visa/file/" + f.file() + "?lang=de").with(VisaFiling.as(f.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("frühestens am " + earliest.format(VisaFileDesk.DATE))));
        String bearer = "Bearer " + tokens.issue(VisaSignIns.subject(f.email()), Duration.ofHours(1)).token();
        mvc.perform(get("/api/v1/visa/files/" + f.file()).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AUTHORITY_CONSULTED"))
                .andExpect(jsonPath("$.timeline.authorityConsultedOn").value(today.toString()))
                .andExpect(jsonPath("$.timeline.authorityEarliestDecision").value(earliest.toString()))
                .andExpect(jsonPath("$.events[-1].status").value("AUTHORITY_CONSULTED"));

        mvc.perform(json(post(file + "/issue"), "{\"validFrom\":\"" + earliest + "\",\"validUntil\":\""
                        + earliest.plusDays(300) + "\",\"entries\":\"MULTIPLE\"}").with(consulate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED"));
    }

    @Test
    void theConsulatesPageConsultsOnceAndTheFileCanStillBeAskedForDocuments() throws Exception {
        Forwarded f = forwarded();
        RequestPostProcessor page = TestStaff.signedIn(new StaffPrincipal("consul-"
                + UUID.randomUUID().toString().substring(0, 8), Set.of(StaffRole.CONSULATE), Set.of(), null));
        String base = "/staff/visa/consulate/" + f.file();

        mvc.perform(get("/staff/visa/consulate?lang=en").with(page))
                .andExpect(content().string(containsString("Foreigners&#39; authority consulted (silence period)")));
        mvc.perform(post(base + "/AUTHORITY_CONSULTED").param("consultedOn", "yesterday").with(page).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("consultedOn-error-" + f.file())));
        mvc.perform(post(base + "/AUTHORITY_CONSULTED").param("consultedOn", desk.today().toString()).with(page)
                .with(csrf())).andExpect(redirectedUrl("/staff/visa/consulate"));
        mvc.perform(post(base + "/AUTHORITY_CONSULTED").param("consultedOn", desk.today().toString()).with(page)
                .with(csrf())).andExpect(redirectedUrl("/staff/visa/consulate"));
        mvc.perform(get("/staff/visa/consulate?lang=en").with(page))
                .andExpect(content().string(containsString("file-" + desk.any(f.file()).number())));

        mvc.perform(post("/staff/visa/consulate/" + f.file() + "/REQUEST_DOCUMENTS").param("note", "Bank statement")
                .with(page).with(csrf())).andExpect(redirectedUrl("/staff/visa/consulate"));
        assertThat(filing.status(f.file())).isEqualTo("DOCUMENTS_REQUESTED");
        assertThat(desk.any(f.file()).authorityConsultedOn()).isEqualTo(desk.today());
    }
}
