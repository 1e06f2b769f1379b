package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.passage.browser.Axe;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.browser.BrowserTest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;

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
    @Autowired
    TestStaff staff;

    /** Signs in as a new administrator once for the class (the browser keeps the session). */
    @BeforeEach
    void signedInAsAdministrator() {
        open("/staff");
        if (!browser.findElements(By.id("sign-in")).isEmpty()) {
            StaffPrincipal admin = staff.admin();
            browser.findElement(By.id("username")).sendKeys(admin.username());
            browser.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
            WebElement button = browser.findElement(By.id("sign-in"));
            button.click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(button));
        }
    }

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
