package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.browser.Axe;
import org.passage.browser.BrowserTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;

/** A signed-in applicant with a submitted application pays with the simulator and sees "paid". */
class PaymentBrowserIT extends BrowserTest {

    @Autowired
    TestApplications applications;

    @Test
    void anApplicantPaysWithTheSimulatorAndSeesPaid() throws IOException {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        open(TestApplicantSignIn.PATH + "?number=" + number.value() + "&next=/payments?lang=en");

        assertThat(text("payment-state")).isEqualTo("Not paid");
        assertThat(text("payment-total")).isEqualTo("964.00 TRY");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        screenshot("payments-unpaid");

        click(browser.findElement(By.id("pay")));
        assertThat(browser.getCurrentUrl()).contains("/payments/simulator/");
        assertThat(text("simulator-amount")).isEqualTo("964.00 TRY");
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        browser.findElement(By.id("cardNumber")).sendKeys("4111 1111 1111 1111");
        browser.findElement(By.id("expiry")).sendKeys("12/39");
        browser.findElement(By.id("securityCode")).sendKeys("123");
        screenshot("payments-simulator");
        click(browser.findElement(By.id("simulator-pay")));

        assertThat(browser.getCurrentUrl()).contains("/payments?outcome=paid");
        assertThat(text("payment-state")).isEqualTo("Paid");
        assertThat(browser.findElement(By.id("receipt")).getAttribute("href")).endsWith("/payments/receipt");
        assertThat(browser.findElements(By.id("pay"))).isEmpty();
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        screenshot("payments-paid");
    }

    @Test
    void aDeclinedCardIsExplainedAndThePayButtonStays() {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ANKARA);
        open(TestApplicantSignIn.PATH + "?number=" + number.value() + "&next=/payments?lang=tr");

        click(browser.findElement(By.id("pay")));
        browser.findElement(By.id("cardNumber")).sendKeys("4000 0000 0000 0002");
        browser.findElement(By.id("expiry")).sendKeys("01/40");
        browser.findElement(By.id("securityCode")).sendKeys("999");
        click(browser.findElement(By.id("simulator-pay")));

        assertThat(text("payment-state")).isEqualTo("Ödenmedi");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Kartınız reddedildi");
        assertThat(browser.findElements(By.id("pay"))).hasSize(1);
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    private void click(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(replaced(element));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void screenshot(String name) throws IOException {
        Path folder = Path.of("target/screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
