package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** A counter button pressed twice: the first press stands, the second shows the same queue and changes nothing. */
@PassageIntegrationTest
class VisaCounterDoubleSubmitIntegrationTest {

    static final RequestPostProcessor CENTRE = TestStaff.signedIn(
            new StaffPrincipal("centre-double", Set.of(StaffRole.VISA_CENTRE), Set.of(), null));

    @Autowired
    org.passage.calendar.BusinessCalendar calendar;
    @Autowired
    VisaCentres centres;
    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    JdbcClient jdbc;

    int events(UUID file, String status) {
        return jdbc.sql("SELECT COUNT(*) FROM visa_file_event WHERE file_id = ? AND status = ?")
                .params(file, status).query(Integer.class).single();
    }

    @Test
    void aDoubleClickOnFeePaidRecordsOnePaymentAndOneNotice() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        desk.book(email, file, "IST", FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay().plusDays(7), 1, 1));
        desk.staffStep(file, VisaFileDesk.StaffStep.RECEIVE, "centre-double", null);
        desk.staffStep(file, VisaFileDesk.StaffStep.TAKE_PASSPORT, "centre-double", null);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> clicks = List.of("CASH", "CARD").stream().map(how -> threads.submit(() -> {
            start.await();
            return mvc.perform(post("/staff/visa/centre/" + file + "/PAY_FEE").param("payment", how).with(CENTRE)
                    .with(csrf())).andExpect(redirectedUrl("/staff/visa/centre")).andReturn().getResponse()
                    .getRedirectedUrl();
        })).toList();
        start.countDown();
        for (Future<String> click : clicks) {
            assertThat(click.get()).isEqualTo("/staff/visa/centre");
        }
        threads.shutdown();

        assertThat(filing.status(file)).isEqualTo("FEE_PAID");
        assertThat(events(file, "FEE_PAID")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT fee_payment FROM visa_file WHERE id = ?").param(file).query(String.class).single())
                .isIn("CASH", "CARD");
        TestMailbox.awaitMessagesTo(email, 3);
        assertThat(TestMailbox.messagesTo(email)).hasSize(3);
    }
}
