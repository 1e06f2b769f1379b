package org.passage.rules.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.browser.Axe;
import org.passage.browser.BrowserTest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/** The public figures page (from the footer) and the administrators' page, in a real browser, checked by axe. */
class ParametersPagesBrowserIT extends BrowserTest {

    @Autowired
    TestStaff staff;

    @BeforeEach
    void signedOut() {
        open("/staff/sign-in");
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void theFiguresPageIsReachedFromTheFooterAndHasNoSeriousAccessibilityViolation(String language) {
        open("/?lang=" + language);
        WebElement link = browser.findElement(By.cssSelector(".site-footer a[href='/parameters']"));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(link));

        assertThat(browser.findElements(By.cssSelector("table[data-rulebook]"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("tr[data-parameter='MINIMUM_WAGE_MONTHLY_TRY']"))).hasSize(5);
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    void theAdministratorsPageHasNoSeriousAccessibilityViolation() {
        StaffPrincipal admin = staff.admin();
        open("/admin/parameters?lang=en");
        browser.findElement(By.id("username")).sendKeys(admin.username());
        browser.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
        WebElement button = browser.findElement(By.id("sign-in"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(button));

        assertThat(browser.getCurrentUrl()).contains("/admin/parameters");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Figures and their periods");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
