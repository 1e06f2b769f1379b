package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.passage.visa.file.internal.VisaFiling.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.notifications.TestMailbox;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The centre's counter and the consulate move a booked file to its decision; the applicant is told each step. */
@PassageIntegrationTest
class VisaFileStaffIntegrationTest {

    static final RequestPostProcessor CENTRE = TestStaff.signedIn(
            new StaffPrincipal("centre-test", Set.of(StaffRole.VISA_CENTRE), Set.of(), null));
    static final RequestPostProcessor CONSULATE = TestStaff.signedIn(
            new StaffPrincipal("consulate-test", Set.of(StaffRole.CONSULATE), Set.of(), null));

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    JdbcClient jdbc;

    private UUID bookedFile(String email) throws Exception {
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        desk.book(email, file, "IST", filing.openDay());
        return file;
    }

    private void centre(UUID file, String step) throws Exception {
        mvc.perform(post("/staff/visa/centre/" + file + "/" + step).param("payment", "CASH").with(CENTRE)
                        .with(csrf()))
                .andExpect(redirectedUrl("/staff/visa/centre"));
    }

    @Test
    void theCounterForwardsTheConsulateIssuesAndThePassportComesBackEachToldToTheApplicant() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = bookedFile(email);
        String number = file.toString().substring(0, 8).toUpperCase();

        mvc.perform(get("/staff/visa/centre?lang=en").with(CENTRE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("2 in person, 2 with fingerprints")));
        centre(file, "RECEIVE");
        mvc.perform(get("/staff/visa/centre?lang=en").with(CENTRE))
                .andExpect(content().string(containsString("/INCOMPLETE\"")));
        centre(file, "TAKE_PASSPORT");
        centre(file, "PAY_FEE");
        assertThat(filing.status(file)).isEqualTo("FEE_PAID");
        mvc.perform(get("/staff/visa/consulate").with(CONSULATE)).andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("/decision\"")))
                .andExpect(content().string(containsString("/REQUEST_DOCUMENTS\"")));
        mvc.perform(VisaDecisionIntegrationTest.issue(file, desk.today(), desk.today().plusDays(90)))
                .andExpect(redirectedUrl("/staff/visa/consulate/" + file + "/decision"));
        centre(file, "RETURN_PASSPORT");

        assertThat(filing.status(file)).isEqualTo("PASSPORT_RETURNED");
        assertThat(TestMailbox.awaitMessagesTo(email, 5)).extracting(TestMailbox.Mail::subject)
                .contains("Your visa file " + number + ": Visa issued",
                        "Your visa file " + number + ": Passport returned");
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("File complete and handed in on")))
                .andExpect(content().string(containsString("Silence period of the foreigners authority (23 days)")))
                .andExpect(content().string(containsString("Fee paid, file sent to the consulate")))
                .andExpect(content().string(containsString("Passport returned")));
    }

    @Test
    void aRefusalNeedsItsGroundAndTheApplicantSeesItsTitle() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = bookedFile(email);
        for (String step : List.of("RECEIVE", "TAKE_PASSPORT", "PAY_FEE")) {
            centre(file, step);
        }
        mvc.perform(post("/staff/visa/consulate/" + file + "/REFUSE?lang=en").param("explanation", "no ground")
                        .with(CONSULATE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the ground of the refusal")))
                .andExpect(content().string(containsString("aria-describedby=\"ground-hint ground-error\"")));
        assertThat(filing.status(file)).isEqualTo("FEE_PAID");

        mvc.perform(post("/staff/visa/consulate/" + file + "/REFUSE").param("ground", "SPOUSE_GERMAN_NOT_PROVEN")
                .with(CONSULATE).with(csrf())).andExpect(redirectedUrl("/staff/visa/consulate/" + file + "/decision"));
        assertThat(filing.status(file)).isEqualTo("REFUSED");
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("The spouse&#39;s basic knowledge of German is not proven")));
    }

    @Test
    void theConsulateAsksForADocumentTheApplicantUploadsItAndTheFileReturnsToTheQueue() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = bookedFile(email);
        for (String step : List.of("RECEIVE", "TAKE_PASSPORT", "PAY_FEE")) {
            centre(file, step);
        }
        mvc.perform(post("/staff/visa/consulate/" + file + "/REQUEST_DOCUMENTS?lang=de").param("note", "")
                        .with(CONSULATE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geben Sie an, welche Unterlagen")));
        mvc.perform(post("/staff/visa/consulate/" + file + "/REQUEST_DOCUMENTS")
                        .param("note", "A current bank statement of the blocked account").with(CONSULATE).with(csrf()))
                .andExpect(redirectedUrl("/staff/visa/consulate"));
        assertThat(filing.status(file)).isEqualTo("DOCUMENTS_REQUESTED");
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("A current bank statement of the blocked account")));

        VisaFiling.upload(mvc, email, file, "APPLICANT", "BLOCKED_ACCOUNT_CONFIRMATION")
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/visa/file/" + file + "/documents-sent").with(as(email)).with(csrf()))
                .andExpect(redirectedUrl("/visa/file/" + file));
        assertThat(filing.status(file)).isEqualTo("DOCUMENTS_SENT");
        mvc.perform(VisaDecisionIntegrationTest.issue(file, desk.today(), desk.today().plusDays(90)))
                .andExpect(redirectedUrl("/staff/visa/consulate/" + file + "/decision"));
        assertThat(filing.status(file)).isEqualTo("ISSUED");
        assertThat(TestMailbox.awaitMessagesTo(email, 5)).extracting(TestMailbox.Mail::subject)
                .anyMatch(s -> s.endsWith("The consulate asks for further documents"));
    }

    @Test
    void anIncompleteFileIsRefusedAtTheCounterAndMustBookAgain() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = bookedFile(email);
        LocalDate day = desk.own(email, file).appointmentOn();
        centre(file, "RECEIVE");
        mvc.perform(post("/staff/visa/centre/" + file + "/INCOMPLETE").param("note", "Original of the marriage record")
                .with(CENTRE).with(csrf())).andExpect(redirectedUrl("/staff/visa/centre"));

        assertThat(filing.status(file)).isEqualTo("DRAFT");
        assertThat(filing.holds(file, day)).as("the appointment is used up").isTrue();
        assertThat(TestMailbox.awaitMessagesTo(email, 2))
                .anyMatch(m -> m.text().contains("refused at the counter as incomplete (Original of the marriage record)"));
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("Original of the marriage record")))
                .andExpect(content().string(containsString("id=\"book\"")));
    }

    @Test
    void eachDeskOpensOnlyItsOwnPagesAndStepsOutOfOrderAreRefused() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = bookedFile(email);

        mvc.perform(get("/staff/visa/centre").with(CONSULATE)).andExpect(status().isForbidden());
        mvc.perform(post("/staff/visa/consulate/" + file + "/ISSUE").with(CENTRE).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/visa/consulate").with(as(email))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/visa/centre/" + file + "/PAY_FEE").param("payment", "CARD").with(CENTRE).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(filing.status(file)).isEqualTo("BOOKED");
    }
}
