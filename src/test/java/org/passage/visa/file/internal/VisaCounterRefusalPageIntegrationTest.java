package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The counter's page, pressed twice on "refuse at the counter" by an account bound to the file's
 * centre: the refusal cleared the file's centre, yet the second press shows the queue (the first
 * refusal stands) rather than a 404; another centre's account still meets a 404.
 */
@PassageIntegrationTest
class VisaCounterRefusalPageIntegrationTest {

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

    StaffPrincipal boundTo(String centre) {
        StaffPrincipal account = staff.visaCentre();
        jdbc.sql("INSERT INTO visa_centre_staff (username, centre) VALUES (?, ?)").params(account.username(), centre)
                .update();
        return account;
    }

    @Test
    void aSecondRefusalByTheBoundAccountShowsTheQueueAndAnotherCentresAccountStillMeetsA404() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        desk.book(email, file, "IST", FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay(), 1, 1));
        StaffPrincipal istanbul = boundTo("IST");
        StaffPrincipal ankara = boundTo("ANK");
        desk.staffStep(file, VisaFileDesk.StaffStep.RECEIVE, istanbul.username(), null);

        for (int press = 0; press < 2; press++) {
            mvc.perform(post("/staff/visa/centre/" + file + "/INCOMPLETE").param("note", "No bank statement")
                    .with(TestStaff.signedIn(istanbul)).with(csrf())).andExpect(redirectedUrl("/staff/visa/centre"));
        }
        mvc.perform(post("/staff/visa/centre/" + file + "/INCOMPLETE").param("note", "No bank statement")
                .with(TestStaff.signedIn(ankara)).with(csrf())).andExpect(status().isNotFound());

        assertThat(filing.status(file)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_file_event WHERE file_id = ? AND status = 'DRAFT' AND actor LIKE 'staff:%'")
                .param(file).query(Integer.class).single()).isEqualTo(1);
    }
}
