package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passage.visa.file.internal.VisaFiling.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.identity.ApiTokens;
import org.passage.identity.CodeSubject;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The consulate records what it decides (the visa's details, or a cited refusal ground with the
 * remedy against it) and the passport comes back at the centre or by courier; the applicant sees
 * each state and is told by e-mail.
 */
@PassageIntegrationTest
class VisaDecisionIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    org.passage.calendar.BusinessCalendar calendar;
    @Autowired
    VisaCentres centres;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;

    private UUID forwardedFile(String email) throws Exception {
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        desk.book(email, file, "IST", FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay().plusDays(20), 1, 1));
        for (String step : List.of("RECEIVE", "TAKE_PASSPORT", "PAY_FEE")) {
            mvc.perform(post("/staff/visa/centre/" + file + "/" + step).param("payment", "CARD")
                    .with(VisaFileStaffIntegrationTest.CENTRE).with(csrf())).andExpect(status().is3xxRedirection());
        }
        return file;
    }

    static MockHttpServletRequestBuilder issue(UUID file, LocalDate from, LocalDate until) {
        return post("/staff/visa/consulate/" + file + "/ISSUE")
                .param("validFrom-day", "" + from.getDayOfMonth()).param("validFrom-month", "" + from.getMonthValue())
                .param("validFrom-year", "" + from.getYear())
                .param("validUntil-day", "" + until.getDayOfMonth()).param("validUntil-month", "" + until.getMonthValue())
                .param("validUntil-year", "" + until.getYear())
                .param("entries", "MULTIPLE").param("annotations", "Studium gem. § 16b AufenthG")
                .with(VisaFileStaffIntegrationTest.CONSULATE).with(csrf());
    }

    private int events(UUID file, String status) {
        return jdbc.sql("SELECT COUNT(*) FROM visa_file_event WHERE file_id = ? AND status = ?").params(file, status)
                .query(Integer.class).single();
    }

    @Test
    void anIssuedVisaKeepsItsTypeDatesEntriesAndAnnotationsForTheApplicantAndTheConsulate() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = forwardedFile(email);
        LocalDate from = desk.today().plusDays(10);
        LocalDate until = from.plusDays(364);

        mvc.perform(issue(file, from, until)).andExpect(redirectedUrl("/staff/visa/consulate/" + file + "/decision"));
        // The same form sent again (a double click) shows the first decision and records nothing more.
        mvc.perform(issue(file, from.plusDays(1), until)).andExpect(redirectedUrl("/staff/visa/consulate/" + file + "/decision"));
        assertThat(filing.status(file)).isEqualTo("ISSUED");
        assertThat(events(file, "ISSUED")).isEqualTo(1);

        String validity = VisaFileDesk.DATE.format(from) + " to " + VisaFileDesk.DATE.format(until);
        mvc.perform(get("/staff/visa/consulate/" + file + "/decision?lang=en").with(VisaFileStaffIntegrationTest.CONSULATE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("National visa (type D)")))
                .andExpect(content().string(containsString(validity)))
                .andExpect(content().string(containsString("Multiple entries")))
                .andExpect(content().string(not(containsString("id=\"issue-form\""))));
        mvc.perform(get("/visa/file/" + file + "?lang=de").with(as(email)))
                .andExpect(content().string(containsString("Nationales Visum (Typ D)")))
                .andExpect(content().string(containsString("Mehrfache Einreise")))
                .andExpect(content().string(containsString("Studium gem. § 16b AufenthG")));
        String token = "Bearer " + tokens.issue(new CodeSubject(VisaSignIns.PURPOSE + ":" + email), Duration.ofHours(1))
                .token();
        mvc.perform(get("/api/v1/visa/files/" + file).header("Authorization", token).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.visaType").value("National visa (type D)"))
                .andExpect(jsonPath("$.decision.validFrom").value(from.toString()))
                .andExpect(jsonPath("$.decision.validUntil").value(until.toString()))
                .andExpect(jsonPath("$.decision.entries").value("Multiple entries"));
        assertThat(TestMailbox.awaitMessagesTo(email, 4)).extracting(TestMailbox.Mail::subject)
                .filteredOn(s -> s.endsWith("Visa issued")).hasSize(1);
    }

    @Test
    void aVisaValidUntilBeforeItsFirstDayIsNotIssued() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = forwardedFile(email);
        LocalDate from = desk.today().plusDays(10);

        mvc.perform(issue(file, from, from.minusDays(1)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the last day the visa is valid")))
                .andExpect(content().string(containsString("href=\"#validUntil-day\"")));
        assertThat(filing.status(file)).isEqualTo("FEE_PAID");
    }

    @Test
    void aRefusalCitesItsGroundAndTellsTheApplicantTheRemedyNeverTheCode() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = forwardedFile(email);
        mvc.perform(post("/staff/visa/consulate/" + file + "/REFUSE?lang=en").param("ground", "NOT_A_GROUND")
                        .with(VisaFileStaffIntegrationTest.CONSULATE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the ground of the refusal")));
        assertThat(filing.status(file)).isEqualTo("FEE_PAID");

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/staff/visa/consulate/" + file + "/REFUSE").param("ground", "MEANS_NOT_SECURED")
                            .param("explanation", "The blocked account holds less than required.")
                            .with(VisaFileStaffIntegrationTest.CONSULATE).with(csrf()))
                    .andExpect(redirectedUrl("/staff/visa/consulate/" + file + "/decision"));
        }
        assertThat(filing.status(file)).isEqualTo("REFUSED");
        assertThat(events(file, "REFUSED")).isEqualTo(1);
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("The means of subsistence are not shown to be secured")))
                .andExpect(content().string(containsString("Aufenthaltsgesetz (German Residence Act), https://www.gesetze-im-internet.de/aufenthg_2004/ (read 2026-11), § 5 Abs. 1 Nr. 1")))
                .andExpect(content().string(containsString("The blocked account holds less than required.")))
                .andExpect(content().string(containsString("Administrative Court of Berlin")))
                .andExpect(content().string(containsString("Abschaffung des Remonstrationsverfahrens")))
                .andExpect(content().string(not(containsString("MEANS_NOT_SECURED"))));
        mvc.perform(get("/visa/file/" + file + "?lang=tr").with(as(email)))
                .andExpect(content().string(containsString("Geçimin güvence altında olduğu kanıtlanmadı")))
                .andExpect(content().string(containsString("Berlin İdare Mahkemesi")));
    }

    @Test
    void anExplanationTooLongForTheTimelineIsRefusedOnThePageAndTheLongestAllowedIsKept() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = forwardedFile(email);
        mvc.perform(post("/staff/visa/consulate/" + file + "/REFUSE?lang=en").param("ground", "EXPULSION_INTEREST")
                        .param("explanation", "x".repeat(1501)).with(VisaFileStaffIntegrationTest.CONSULATE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an explanation of at most 1500 characters")));
        mvc.perform(post("/staff/visa/consulate/" + file + "/REFUSE").param("ground", "EXPULSION_INTEREST")
                        .param("explanation", "y".repeat(1500)).with(VisaFileStaffIntegrationTest.CONSULATE).with(csrf()))
                .andExpect(redirectedUrl("/staff/visa/consulate/" + file + "/decision"));
        assertThat(filing.status(file)).isEqualTo("REFUSED");
    }

    @Test
    void aFileNotYetWithTheConsulateHasNoDecisionPage() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        mvc.perform(get("/staff/visa/consulate/" + file + "/decision").with(VisaFileStaffIntegrationTest.CONSULATE))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/visa/consulate/" + UUID.randomUUID() + "/decision")
                .with(VisaFileStaffIntegrationTest.CONSULATE)).andExpect(status().isNotFound());
        mvc.perform(get("/staff/visa/consulate/" + file + "/decision").with(VisaFileStaffIntegrationTest.CENTRE))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePassportGoesBackByCourierWithItsTrackingReferenceAndTheApplicantSeesEachState() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = forwardedFile(email);
        mvc.perform(issue(file, desk.today().plusDays(1), desk.today().plusDays(200))).andExpect(status().is3xxRedirection());

        mvc.perform(post("/staff/visa/centre/" + file + "/SEND_BY_COURIER?lang=en").param("tracking", " ")
                        .with(VisaFileStaffIntegrationTest.CENTRE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the courier&#39;s tracking reference")));
        assertThat(filing.status(file)).isEqualTo("ISSUED");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/staff/visa/centre/" + file + "/SEND_BY_COURIER").param("tracking", "YK-123456789")
                    .with(VisaFileStaffIntegrationTest.CENTRE).with(csrf())).andExpect(redirectedUrl("/staff/visa/centre"));
        }
        assertThat(filing.status(file)).isEqualTo("PASSPORT_SENT");
        assertThat(events(file, "PASSPORT_SENT")).isEqualTo(1);
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("Passport sent by courier")))
                .andExpect(content().string(containsString("YK-123456789")));
        assertThat(TestMailbox.awaitMessagesTo(email, 5)).extracting(TestMailbox.Mail::subject)
                .anyMatch(s -> s.endsWith("Passport sent by courier, tracking reference YK-123456789"));

        mvc.perform(post("/staff/visa/centre/" + file + "/RETURN_PASSPORT").with(VisaFileStaffIntegrationTest.CENTRE)
                .with(csrf())).andExpect(redirectedUrl("/staff/visa/centre"));
        assertThat(filing.status(file)).isEqualTo("PASSPORT_RETURNED");
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("YK-123456789")))
                .andExpect(content().string(containsString("Passport returned")));
    }

    @Test
    void thePassportWaitsAtTheCentreUntilCollectedAndTheApplicantIsToldEachTime() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = forwardedFile(email);
        mvc.perform(post("/staff/visa/consulate/" + file + "/REFUSE").param("ground", "PURPOSE_CONDITIONS_NOT_MET")
                .with(VisaFileStaffIntegrationTest.CONSULATE).with(csrf())).andExpect(status().is3xxRedirection());

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/staff/visa/centre/" + file + "/READY_FOR_COLLECTION")
                    .with(VisaFileStaffIntegrationTest.CENTRE).with(csrf())).andExpect(redirectedUrl("/staff/visa/centre"));
        }
        assertThat(filing.status(file)).isEqualTo("PASSPORT_READY");
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("Passport ready to collect at the application centre")))
                .andExpect(content().string(containsString("To collect at the application centre")));
        mvc.perform(post("/staff/visa/centre/" + file + "/SEND_BY_COURIER").param("tracking", "X1")
                .with(VisaFileStaffIntegrationTest.CENTRE).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/staff/visa/centre/" + file + "/RETURN_PASSPORT").with(VisaFileStaffIntegrationTest.CENTRE)
                .with(csrf())).andExpect(redirectedUrl("/staff/visa/centre"));
        assertThat(filing.status(file)).isEqualTo("PASSPORT_RETURNED");
        assertThat(TestMailbox.awaitMessagesTo(email, 6)).extracting(TestMailbox.Mail::subject)
                .anyMatch(s -> s.endsWith("Passport ready to collect at the application centre"))
                .anyMatch(s -> s.endsWith("Passport returned"));
    }
}
