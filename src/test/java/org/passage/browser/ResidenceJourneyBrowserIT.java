package org.passage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;

/**
 * The e-residence journey in Chromium, by keyboard: pre-registration with the code from the test
 * mail server, a student's application form, an upload, submission and the status page; and an
 * extension refused for an expired permit. axe-core checks every page.
 */
class ResidenceJourneyBrowserIT extends KeyboardBrowserTest {

    @Test
    void aStudentPreRegistersAppliesUploadsSubmitsAndSeesTheStatus() throws Exception {
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        String passport = "B" + Integer.toUnsignedString(email.hashCode(), 36).toUpperCase();
        open("/?lang=en");
        send(By.linkText("Start the residence permit checklist"));
        send(By.linkText("Apply online for a residence permit"));
        press(By.cssSelector("input[name='kind'][value='FIRST']"), Keys.SPACE);
        submit();

        assertThat(heading()).isEqualTo("Pre-registration: first application");
        type("givenNames", "Amira");
        type("surname", "Haddad");
        date("birthDate", LocalDate.of(2004, 5, 1));
        select("nationality", "SY");
        type("passportNumber", passport);
        date("passportExpiry", LocalDate.now().plusYears(4));
        type("email", email);
        type("mobile", "0532 123 45 67");
        submit();

        assertThat(heading()).isEqualTo("Enter your one-time code");
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(TestMailbox.awaitMessageTo(email).text());
        assertThat(code.find()).isTrue();
        type("code", code.group(1));
        submit();

        assertThat(heading()).isEqualTo("Your application number");
        String number = browser.findElement(By.className("application-number")).getText();
        assertThat(number).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
        checkAxe();
        send(By.linkText("Continue the application form"));

        choose("permitType", "STUDENT");
        submit();
        choose("studyLevel", "BACHELOR");
        submit();
        choose("maritalStatus", "SINGLE");
        choose("accommodation", "DORMITORY");
        choose("healthInsurance", "PRIVATE");
        submit();
        choose("enrolment", "REGULAR");
        date("enrolmentDate", LocalDate.now().minusMonths(2));
        choose("repeatYear", "NO");
        submit();
        type("requestedMonths", "12");
        submit();

        assertThat(heading()).isEqualTo("Your address in Türkiye");
        select("addressProvince", "06");
        type("addressDistrict", "Çankaya");
        type("addressLine", "Kızılay Mah. Atatürk Blv. 10/4");
        submit();
        choose("applicantRole", "SELF");
        submit();
        assertThat(heading()).isEqualTo("Your university");
        type("university", "Ankara University");
        press(By.id("shareWithUniversity"), Keys.SPACE);
        submit();

        assertThat(heading()).isEqualTo("Check your answers before submitting");
        checkAxe();
        send(By.linkText("Upload or check your documents"));
        assertThat(heading()).isEqualTo("Your documents");
        Path pdf = Files.createTempFile("passport-", ".pdf");
        Files.write(pdf, TestFiles.pdf());
        browser.findElement(By.id("file-PASSPORT_COPY")).sendKeys(pdf.toString());
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("#PASSPORT_COPY form[enctype] button")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(replaced(page));
        assertThat(browser.findElement(By.id("PASSPORT_COPY")).getText()).contains(pdf.getFileName().toString());
        checkAxe();

        send(By.linkText("Back"));
        send(By.linkText("Continue the application form"));
        assertThat(heading()).isEqualTo("Check your answers before submitting");
        assertThat(browser.findElement(By.id("without-upload")).getText()).doesNotContain("Passport")
                .contains("Student certificate");
        press(By.id("withoutDocuments"), Keys.SPACE);
        doubleClick(By.id("submit-application"));
        assertThat(heading()).isEqualTo("Application submitted");
        assertThat(browser.findElement(By.className("application-number")).getText()).isEqualTo(number);
        checkAxe();

        send(By.linkText("Go to your application"));
        send(By.linkText("Pay"));
        doubleClick(By.id("pay"));
        type("cardNumber", "4111 1111 1111 1111");
        type("expiry", "12/39");
        type("securityCode", "123");
        doubleClick(By.id("simulator-pay"));
        assertThat(browser.getCurrentUrl()).endsWith("/payments?outcome=paid");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Paid")
                .doesNotContain("Error");
        checkAxe();
        send(By.linkText("Back to your application"));
        assertThat(heading()).isEqualTo("Your application");

        open("/residence/status");
        type("applicationNumber", number);
        type("passportNumber", passport);
        submit();
        assertThat(heading()).isEqualTo("Status of your application");
        assertThat(browser.findElement(By.cssSelector("[data-state]")).getAttribute("data-state")).isEqualTo("SUBMITTED");
        checkAxe();
    }

    @Test
    void anExpiredPermitCannotBeExtended() {
        open("/residence/apply?lang=en");
        press(By.cssSelector("input[name='kind'][value='EXTENSION']"), Keys.SPACE);
        submit();
        assertThat(heading()).isEqualTo("Pre-registration: extension");
        type("givenNames", "Jonas");
        type("surname", "Weber");
        date("birthDate", LocalDate.of(1990, 3, 9));
        select("nationality", "DE");
        type("passportNumber", "C01X00T47");
        date("passportExpiry", LocalDate.now().plusYears(4));
        type("email", "expired-" + UUID.randomUUID() + "@example.org");
        type("mobile", "+49 151 23456789");
        choose("currentPermitType", "SHORT_TERM");
        date("currentPermitValidUntil", LocalDate.now().minusDays(10));
        submit();

        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.className("error-summary")).getText()).contains("cannot be extended");
        assertThat(heading()).isEqualTo("Pre-registration: extension");
        checkAxe();
    }

    /** Clicks twice in a row as an impatient user does, and waits for the page the browser ends on. */
    private void doubleClick(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        new org.openqa.selenium.interactions.Actions(browser).doubleClick(browser.findElement(button)).perform();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(replaced(page));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    }
}
