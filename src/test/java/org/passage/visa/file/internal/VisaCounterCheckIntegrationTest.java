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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.notifications.TestMailbox;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The counter ticks each original it saw; a required original missing refuses the file with the items named. */
@PassageIntegrationTest
class VisaCounterCheckIntegrationTest {

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
    TestStaff staff;
    @Autowired
    org.passage.rules.Rulebooks rulebooks;

    private UUID receivedFile(String email) throws Exception {
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        desk.book(email, file, "IST", FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay().plusDays(20), 1, 1));
        mvc.perform(post("/staff/visa/centre/" + file + "/RECEIVE").with(VisaFileStaffIntegrationTest.CENTRE)
                .with(csrf())).andExpect(redirectedUrl("/staff/visa/centre"));
        return file;
    }

    private MockHttpServletRequestBuilder check(UUID file, List<String[]> seen) {
        MockHttpServletRequestBuilder post = post("/staff/visa/centre/" + file + "/check")
                .with(VisaFileStaffIntegrationTest.CENTRE).with(csrf());
        for (String[] item : seen) {
            post = post.param("seen", item[0] + "/" + item[1]);
        }
        return post;
    }

    @Test
    void everyRequiredOriginalSeenRecordsTheCheckAndTheFileStaysAtTheCounter() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = receivedFile(email);
        mvc.perform(get("/staff/visa/centre/" + file + "/check?lang=en").with(VisaFileStaffIntegrationTest.CENTRE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"seen-SPOUSE-")))
                .andExpect(content().string(containsString("each with 2 copies")));

        mvc.perform(check(file, filing.requiredItems(file))).andExpect(redirectedUrl("/staff/visa/centre"));
        assertThat(filing.status(file)).isEqualTo("RECEIVED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_file_counter_check WHERE file_id = ? AND original_seen")
                .param(file).query(Integer.class).single()).isEqualTo(filing.requiredItems(file).size());
        mvc.perform(get("/staff/visa/centre/" + file + "/check").with(VisaFileStaffIntegrationTest.CENTRE))
                .andExpect(content().string(containsString("checked=\"checked\"")));
    }

    @Test
    void aMissingOriginalRefusesTheFileNamingTheItemAndASecondSendShowsTheFirstResult() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = receivedFile(email);
        LocalDate day = desk.own(email, file).appointmentOn();
        List<String[]> items = filing.requiredItems(file);
        String[] left = items.stream().filter(i -> i[0].equals("SPOUSE")).findFirst().orElseThrow();
        List<String[]> seen = items.stream().filter(i -> i != left).toList();

        mvc.perform(check(file, seen).param("note", "Bring it next time")).andExpect(redirectedUrl("/staff/visa/centre"));
        mvc.perform(check(file, seen)).andExpect(redirectedUrl("/staff/visa/centre"));

        assertThat(filing.status(file)).isEqualTo("DRAFT");
        assertThat(filing.holds(file, day)).as("the appointment is used up").isTrue();
        String title = rulebooks.get(VisaFileDesk.RULEBOOK).documentTitles().get(left[1]).in(java.util.Locale.ENGLISH);
        assertThat(jdbc.sql("SELECT reason FROM visa_file_event WHERE file_id = ? AND status = 'DRAFT' ORDER BY id DESC LIMIT 1")
                .param(file).query(String.class).single()).startsWith("Spouse: " + title).endsWith("Bring it next time");
        assertThat(TestMailbox.awaitMessagesTo(email, 2))
                .anyMatch(m -> m.text().contains("refused at the counter as incomplete (Spouse: " + title));
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("Spouse: " + title)));
    }

    @Test
    void anotherCentresStaffCannotOpenOrSendTheCheck() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = receivedFile(email);
        var account = staff.visaCentre();
        jdbc.sql("INSERT INTO visa_centre_staff (username, centre) VALUES (?, 'ANK')").param(account.username()).update();
        mvc.perform(get("/staff/visa/centre/" + file + "/check").with(TestStaff.signedIn(account)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/staff/visa/centre/" + file + "/check").param("seen", "APPLICANT/PASSPORT")
                .with(TestStaff.signedIn(account)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/staff/visa/centre/" + file + "/check").with(as(email))).andExpect(status().isForbidden());
        assertThat(filing.status(file)).isEqualTo("RECEIVED");
    }
}
