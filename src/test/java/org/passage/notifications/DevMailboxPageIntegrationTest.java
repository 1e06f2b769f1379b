package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.staff.TestStaff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The test context keeps the dev mailbox on (passage.notifications.dev-mailbox=true) next to SMTP;
 * administrators open it.
 */
@PassageIntegrationTest
class DevMailboxPageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestStaff staff;

    @Test
    void theDevMailboxListsADeliveredMessageMarkedAsForDevelopment() throws Exception {
        String address = OutboxRows.freshAddress();
        transaction.executeWithoutResult(status -> notifications.send(new Notification(MessageType.ONE_TIME_CODE,
                Recipient.ofEmail(address), Locale.ENGLISH, Map.of("code", "739104", "minutes", "10"))));
        OutboxRows.awaitStatus(jdbc, address, "SENT");

        mvc.perform(get("/admin/dev-mailbox").header("Accept-Language", "en").with(TestStaff.signedIn(staff.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"heading-xl\">Development mailbox</h1>")))
                .andExpect(content().string(containsString("For development only")))
                .andExpect(content().string(containsString(address)))
                .andExpect(content().string(containsString("Your Passage code")))
                .andExpect(content().string(containsString("Your code is 739104.")));
    }

    @Test
    void theDevMailboxSpeaksTurkish() throws Exception {
        mvc.perform(get("/admin/dev-mailbox").header("Accept-Language", "tr").with(TestStaff.signedIn(staff.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geliştirme posta kutusu")))
                .andExpect(content().string(not(containsString("Development mailbox"))));
    }

    @Test
    void theDevMailboxRefusesStaffWhoAreNotAdministrators() throws Exception {
        mvc.perform(get("/admin/dev-mailbox").with(TestStaff.signedIn(staff.officer(ProvinceCode.ISTANBUL))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Passage code"))));
    }

    @Test
    void theDevMailboxSendsAnonymousCallersToTheStaffSignIn() throws Exception {
        mvc.perform(get("/admin/dev-mailbox")).andExpect(redirectedUrl("/staff/sign-in"));
    }

    @Test
    void everyLookIntoTheDevMailboxIsAuditedWithWhoLooked() throws Exception {
        var admin = staff.admin();
        for (int look = 0; look < 2; look++) {
            mvc.perform(get("/admin/dev-mailbox").with(TestStaff.signedIn(admin))).andExpect(status().isOk());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'DEV_MAILBOX_VIEWED' AND actor_id = ?")
                .param(admin.username()).query(Long.class).single()).isEqualTo(2);
    }
}
