package org.passage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

class HomePageBrowserIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void homePageHasNoSeriousAccessibilityViolation(String language) {
        open("/?lang=" + language);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    void axeHelperReportsASeriousViolation() {
        // Proves the helper runs axe-core at all: an image without alt text is a critical violation.
        browser.get("data:text/html,<!DOCTYPE html><html lang='en'><title>t</title><main><img src='x.png'></main></html>");

        assertThat(Axe.seriousViolations(browser)).extracting(Axe.Violation::id).contains("image-alt");
    }

    @ParameterizedTest
    @CsvSource({
            "en, Deutsch, de, Visum für Deutschland",
            "de, Türkçe, tr, Almanya vizesi",
            "tr, English, en, Visa for Germany"})
    void languageSwitcherChangesTheLanguageAndRemembersIt(String from, String linkText, String to, String heading) {
        open("/?lang=" + from);

        browser.findElement(By.linkText(linkText)).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(By.tagName("html"), "lang", to));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(to);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(heading);
        open("/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("remembered in a cookie").isEqualTo(to);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void stylesheetLoadsUnderTheContentSecurityPolicy(String language) {
        open("/?lang=" + language);

        String headerBackground = browser.findElement(By.className("site-header")).getCssValue("background-color");
        assertThat(headerBackground).isEqualTo("rgba(11, 12, 12, 1)");
    }
}
