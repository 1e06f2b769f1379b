package org.passage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Walks the German visa checklist in Chromium, without JavaScript of its own, checking accessibility on every page. */
class VisaChecklistBrowserIT extends BrowserTest {

    private void choose(String name, String value) {
        browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** Clicks and waits for the next page, so that no element of the old one is read. */
    private void clickAndWait(By by) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(by).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(replaced(page));
    }

    private void next() {
        assertThat(Axe.seriousViolations(browser)).as("axe on " + browser.getCurrentUrl()).isEmpty();
        clickAndWait(By.cssSelector("form button[type='submit']"));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    @Test
    void aStudentWalksToAPrintableChecklistWithFeesAndTimeline() {
        open("/visa/checklist?lang=en");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        clickAndWait(By.linkText("Start now"));

        assertThat(heading()).isEqualTo("Why are you going to Germany?");
        choose("category", "STUDY");
        next();

        assertThat(heading()).isEqualTo("About you");
        type("birthDate-day", "31");
        type("birthDate-month", "2");
        type("birthDate-year", "2006");
        next();
        assertThat(browser.findElement(By.className("error-summary")).getText()).contains("There is a problem");
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(Axe.seriousViolations(browser)).as("axe on the error summary").isEmpty();
        browser.findElement(By.cssSelector(".error-summary a[href='#birthDate-day']")).click();
        type("birthDate-day", "1");
        type("birthDate-month", "5");
        new Select(browser.findElement(By.id("nationality"))).selectByValue("TR");
        choose("nativeGerman", "NO");
        next();

        assertThat(heading()).isEqualTo("How long will you stay?");
        type("stayDays", "1460");
        next();

        assertThat(heading()).isEqualTo("Your language certificate");
        choose("hasCertificate", "YES");
        browser.findElement(By.cssSelector("#certificateProvider option[value='GOETHE']")).click();
        browser.findElement(By.cssSelector("#certificateLevel option[value='B1']")).click();
        next();

        assertThat(heading()).isEqualTo("How your stay is paid for");
        choose("fundingKind", "BLOCKED_ACCOUNT");
        type("fundingAmount", "8640");
        next();

        assertThat(heading()).isEqualTo("When does your semester start?");
        type("semesterStart-day", "1");
        type("semesterStart-month", "10");
        type("semesterStart-year", "2099");
        next();

        assertThat(heading()).isEqualTo("Family travelling with you");
        choose("spouseTravelling", "NO");
        type("child1-day", "1");
        type("child1-month", "6");
        type("child1-year", "2022");
        next();

        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(browser.findElement(By.className("summary-list")).getText()).contains("University study without a scholarship");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        clickAndWait(By.linkText("See your checklist"));

        assertThat(heading()).isEqualTo("Your visa checklist");
        assertThat(browser.findElement(By.id("copies")).getText()).contains("original and 2 copies", "2 application forms");
        assertThat(browser.findElements(By.cssSelector(".checklist__item[data-code='BLOCKED_ACCOUNT_CONFIRMATION']"))).hasSize(1);
        assertThat(browser.findElement(By.id("fees-total")).getText()).isEqualTo("115.00 EUR");
        assertThat(browser.findElement(By.id("earliest-decision")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
