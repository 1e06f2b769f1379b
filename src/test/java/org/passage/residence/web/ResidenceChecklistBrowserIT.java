package org.passage.residence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.browser.Axe;
import org.passage.browser.BrowserTest;

/**
 * Two journeys through the residence checklist in Chromium, by keyboard only (Space on radios,
 * typing into fields, Enter on links and buttons), with axe-core run on every page on the way.
 */
class ResidenceChecklistBrowserIT extends BrowserTest {

    @Test
    void aStudentInADormitoryReachesAnAccessibleChecklistByKeyboard() throws IOException {
        startJourney("en");
        choose("applicationKind", "FIRST");
        next("/permit");
        choose("permitType", "STUDENT");
        next("/study-level");
        choose("studyLevel", "BACHELOR");
        next("/applicant");

        continueWithErrors();
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.switchTo().activeElement().getAttribute("class")).as("the error summary has the focus")
                .isEqualTo("error-summary");
        assertThat(browser.findElement(By.cssSelector(".error-summary a[href='#birthDate-day']")).getText())
                .isEqualTo("Enter your date of birth");
        screenshot("residence-checklist-applicant-error");

        date("birthDate", "27", "3", "2004");
        selectCountry("nationality", "DE");
        choose("maritalStatus", "SINGLE");
        choose("accommodation", "DORMITORY");
        choose("healthInsurance", "PRIVATE");
        next("/study");
        choose("enrolment", "REGULAR");
        date("enrolmentDate", "15", "9", "2026");
        choose("repeatYear", "NO");
        next("/stay");
        type("requestedMonths", "12");
        next("/check");
        assertThat(main()).contains("Bachelor's degree (4 years)", "Dormitory", "Change");
        next("/result");

        assertThat(browser.findElement(By.id("document-DORMITORY_CERTIFICATE")).getText())
                .contains("Dormitory certificate", "Source:");
        assertThat(browser.findElements(By.id("documents-SPONSOR"))).isEmpty();
        screenshot("residence-checklist-student");
    }

    @Test
    void aSpouseWithASponsorReachesAnAccessibleChecklistByKeyboard() throws IOException {
        startJourney("de");
        choose("applicationKind", "FIRST");
        next("/permit");
        choose("permitType", "FAMILY");
        next("/relationship");
        choose("relationship", "SPOUSE");
        next("/applicant");
        date("birthDate", "2", "11", "1995");
        selectCountry("nationality", "DE");
        choose("maritalStatus", "MARRIED");
        choose("accommodation", "RENTAL");
        choose("healthInsurance", "PRIVATE");
        next("/sponsor");
        choose("sponsorKind", "RESIDENCE_PERMIT_HOLDER");
        type("sponsorIncome", "60000");
        type("sponsorFamilyMembers", "2");
        choose("sponsorAddressRegistered", "YES");
        choose("sponsorInsuranceCoversFamily", "YES");
        choose("sponsorConvicted", "NO");
        choose("sponsorOtherSpouse", "NO");
        next("/sponsor-permit");
        choose("sponsorPermitType", "SHORT_TERM");
        date("sponsorOnPermitSince", "1", "6", "2020");
        date("sponsorPermitValidUntil", "30", "6", "2028");
        next("/stay");
        type("requestedMonths", "24");
        next("/check");
        next("/result");

        assertThat(browser.findElement(By.id("documents-SPONSOR")).getText()).contains("Unterlagen, die Ihr Zusammenführender vorlegt");
        assertThat(browser.findElement(By.id("document-SPONSOR_FINANCIAL_MEANS")).getText()).contains("Quelle:");
        assertThat(browser.findElement(By.id("document-MARRIAGE_CERTIFICATE")).getText()).contains("Apostille");
        screenshot("residence-checklist-family");
    }

    /** A new visitor: no session, no language cookie. */
    private void startJourney(String language) {
        browser.manage().deleteAllCookies();
        open("/residence/checklist?lang=" + language);
        assertAccessible();
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("main .start-link")).sendKeys(Keys.ENTER);
        waitUntilLeft(html, "/kind");
    }

    /** Selects a radio by keyboard: focus it and press Space. */
    private void choose(String name, String value) {
        browser.findElement(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"))
                .sendKeys(Keys.SPACE);
    }

    /** Chooses a country of the list, as the arrow keys on the focused select would. */
    private void selectCountry(String id, String code) {
        new Select(browser.findElement(By.id(id))).selectByValue(code);
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void date(String name, String day, String month, String year) {
        type(name + "-day", day);
        type(name + "-month", month);
        type(name + "-year", year);
    }

    /** Presses Enter on the page's submit button and checks the page it leads to. */
    private void next(String expectedPath) {
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
        waitUntilLeft(html, expectedPath);
    }

    private void continueWithErrors() {
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(html));
        assertAccessible();
    }

    private void waitUntilLeft(WebElement page, String expectedPath) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(page));
        assertThat(browser.getCurrentUrl()).as(main()).contains("/residence/checklist" + expectedPath);
        assertThat(browser.findElements(By.className("error-summary"))).as(main()).isEmpty();
        assertAccessible();
    }

    private void assertAccessible() {
        assertThat(Axe.seriousViolations(browser)).as(browser.getCurrentUrl()).isEmpty();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** A full-length picture of the page on screen and as printed, for a person to look at. */
    private void screenshot(String name) throws IOException {
        Path folder = Path.of("target/screenshots");
        Files.createDirectories(folder);
        Dimension size = browser.manage().window().getSize();
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 200, 8000)));
        try {
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            Files.write(folder.resolve(name + "-print.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}
