package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.passage.browser.Axe;
import org.passage.browser.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class DevMailboxBrowserIT extends BrowserTest {

    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void theDevMailboxShowsTheCodeAndHasNoSeriousAccessibilityViolation(String language) {
        String address = OutboxRows.freshAddress();
        transaction.executeWithoutResult(status -> notifications.send(new Notification(MessageType.ONE_TIME_CODE,
                Recipient.ofEmail(address), Locale.of(language), Map.of("code", "615243", "minutes", "10"))));
        OutboxRows.awaitStatus(jdbc, address, "SENT");

        open("/admin/dev-mailbox?lang=" + language);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.findElement(By.tagName("table")).getText()).contains(address, "615243");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
