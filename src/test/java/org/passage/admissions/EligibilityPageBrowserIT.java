package org.passage.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import java.time.Duration;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.browser.Axe;
import org.passage.browser.BrowserTest;

/** The candidate's eligibility checker in a real browser: filled in, answered, and free of serious axe violations. */
class EligibilityPageBrowserIT extends BrowserTest {

    void select(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        // A date input takes what the keyboard types in the browser's own order; set the ISO value instead.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, text);
    }

    void fillInATurkishGermanSchooledInGermany() {
        select("programme", "MEDICINE");
        browser.findElement(By.id("foreignQuota")).click();
        select("citizenship1", "TR");
        select("citizenship2", "DE");
        select("firstCitizenshipByBirth", "TR");
        browser.findElement(By.cssSelector("input[name=status][value=GRADUATED]")).click();
        select("schoolCountry", "DE");
        browser.findElement(By.cssSelector("input[name=schoolType][value=REGULAR]")).click();
        type("secondaryStartedOn", "2015-09-01");
        browser.findElement(By.cssSelector("input[name=yearsAbroad][value=ALL]")).click();
        select("exam-0-code", "SAT");
        type("exam-0-score", "1450");
        type("exam-0-takenOn", "2025-10-04");
    }

    /** Sends the form and waits for the answer page: a result or an error summary. */
    private void submit() {
        WebElement button = browser.findElement(By.id("submit"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.and(
                replaced(button),
                ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(By.id("result-verdict")),
                        ExpectedConditions.presenceOfElementLocated(By.id("error-summary")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void theEmptyFormHasNoSeriousAccessibilityViolation(String language) {
        open("/admission/eligibility?lang=" + language);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.findElements(By.id("error-summary"))).isEmpty();
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"tr, Başvurabilirsiniz", "en, You may apply", "de, Sie können sich bewerben"})
    void aCandidateSchooledAbroadIsToldTheyMayApplyAndOnWhichBasis(String language, String verdict) {
        open("/admission/eligibility?lang=" + language);
        fillInATurkishGermanSchooledInGermany();

        submit();

        assertThat(browser.findElement(By.id("result-verdict")).getText()).isEqualTo(verdict);
        assertThat(browser.findElement(By.id("result-exams")).getText()).contains("SAT");
        assertThat(browser.findElement(By.id("exam-table")).getText()).contains("1410");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    void aCandidateSchooledInTurkiyeIsToldWhyNotWithTheSection() {
        open("/admission/eligibility?lang=en");
        fillInATurkishGermanSchooledInGermany();
        select("schoolCountry", "TR");
        browser.findElement(By.cssSelector("input[name=yearsAbroad][value=NONE]")).click();

        submit();

        assertThat(browser.findElement(By.id("result-verdict")).getText()).isEqualTo("You may not apply yet");
        assertThat(browser.findElement(By.id("result-findings")).getText()).contains("section 7.2.2.2");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"tr, Bir sorun var", "en, There is a problem", "de, Es gibt ein Problem"})
    void anEmptyAnswerShowsAnAccessibleErrorSummaryWhoseLinksLeadToTheFields(String language, String title) {
        open("/admission/eligibility?lang=" + language);

        submit();

        assertThat(browser.findElement(By.id("error-summary-title")).getText()).isEqualTo(title);
        assertThat(browser.getTitle()).startsWith(browser.findElement(By.cssSelector(".error-message .visually-hidden"))
                .getAttribute("textContent").strip());
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        browser.findElement(By.cssSelector("#error-summary a[href='#programme']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#programme");
    }
}
