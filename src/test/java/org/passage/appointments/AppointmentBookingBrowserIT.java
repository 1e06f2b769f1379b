package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.browser.Axe;
import org.passage.browser.BrowserTest;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;

/** An applicant signs in, books a date, sees it confirmed and cancels it, with no JavaScript of ours. */
class AppointmentBookingBrowserIT extends BrowserTest {

    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    TestApplications testApplications;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    Appointments appointments;

    @Test
    void anApplicantBooksAndCancelsAnAppointmentOnAccessiblePages() {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("42"));
        signIn(number);

        open("/appointments?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your appointment at the migration directorate");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        WebElement firstDay = browser.findElement(By.cssSelector("#book-form input[name=date]"));
        String day = firstDay.getAttribute("value");
        browser.findElement(By.cssSelector("label[for='date-" + day + "']")).click();
        submit(By.id("book-button"));

        assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Your appointment is booked");
        assertThat(browser.findElement(By.id("current-province")).getText()).isEqualTo("Konya");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        assertThat(appointments.active(number).orElseThrow().date()).hasToString(day);

        submit(By.id("cancel-button"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cancel the appointment?");
        assertThat(appointments.active(number)).isPresent();
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        submit(By.id("confirm-cancel-button"));
        assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Your appointment is cancelled");
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    /** Signs in as the journey does: number and passport, then the one-time code sent by e-mail. */
    private void signIn(ApplicationNumber number) {
        var summary = residence.find(number).orElseThrow();
        String email = summary.contact().email();
        long codesBefore = codeMails(email).size();
        open("/residence/continue?lang=en");
        browser.findElement(By.id("applicationNumber")).sendKeys(number.formatted());
        browser.findElement(By.id("passportNumber")).sendKeys(summary.passportNumber().value());
        submit(By.cssSelector("main form button[type=submit]"));
        // The pre-registration's code and the submission receipt went to the same address before:
        // wait for one more message holding a code than there were.
        Matcher code = CODE.matcher("");
        long deadline = System.currentTimeMillis() + TestMailbox.TIMEOUT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            var withCode = codeMails(email);
            if (withCode.size() > codesBefore) {
                code = CODE.matcher(withCode.getLast().text());
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(code.find()).as("a one-time code mailed to " + email).isTrue();
        browser.findElement(By.id("code")).sendKeys(code.group(1));
        submit(By.cssSelector("main form button[type=submit]"));
    }

    private static java.util.List<TestMailbox.Mail> codeMails(String email) {
        return TestMailbox.messagesTo(email).stream().filter(m -> CODE.matcher(m.text()).find()).toList();
    }

    private void submit(By button) {
        WebElement element = browser.findElement(button);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(replaced(element));
    }
}
