package org.passage.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.browser.Axe;
import org.passage.browser.BrowserTest;
import org.passage.provinces.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff pages in a real browser: signing in and out, the administration pages, accessibility. */
class StaffPagesBrowserIT extends BrowserTest {

    @Autowired
    TestStaff staff;

    @BeforeEach
    void signedOut() {
        open("/staff/sign-in");
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void theSignInPageHasNoSeriousAccessibilityViolation(String language) {
        open("/staff/sign-in?lang=" + language);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.findElement(By.id("username")).getAttribute("autocomplete")).isEqualTo("username");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryAccessibly() {
        open("/staff/sign-in?lang=en");

        signIn("nobody-" + UUID.randomUUID().toString().substring(0, 8), "not the password at all");

        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("not right");
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    void anAdministratorSignsInCreatesAnOfficerAndSignsOut() {
        StaffPrincipal admin = staff.admin();
        open("/admin/staff?lang=en");
        assertThat(browser.getCurrentUrl()).contains("/staff/sign-in");

        signIn(admin.username(), TestStaff.PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("/admin/staff?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff accounts");
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        browser.findElement(By.linkText("Create an account")).click();
        waitFor(By.id("create"));
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("fullName")).sendKeys("Ayşe Yılmaz");
        browser.findElement(By.id("password")).sendKeys("violet tractor on a slow river");
        browser.findElement(By.id("roles")).click();
        browser.findElement(By.id("provinces-16")).click();
        WebElement create = browser.findElement(By.id("create"));
        create.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(create));

        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("The account was created.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(username);
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        open("/admin/audit?lang=en");
        assertThat(browser.findElement(By.id("events")).getText()).contains("Staff account created");
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        WebElement signOut = browser.findElement(By.cssSelector(".staff-bar__form button"));
        signOut.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(signOut));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");
    }

    @Test
    void theUniversityOfficesPageHasNoSeriousAccessibilityViolation() {
        StaffPrincipal office = staff.universityOffice("University " + UUID.randomUUID());
        open("/staff/university/students?lang=tr");

        signIn(office.username(), TestStaff.PASSWORD);

        assertThat(browser.getCurrentUrl()).contains("/staff/university/students");
        assertThat(browser.findElement(By.id("no-students")).isDisplayed()).isTrue();
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    void theStaffHomeOfAnOfficerNamesTheProvinces() {
        StaffPrincipal officer = staff.officer(new ProvinceCode("16"), ProvinceCode.ISTANBUL);
        open("/staff/sign-in?lang=de");

        signIn(officer.username(), TestStaff.PASSWORD);

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Bursa", "Istanbul");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement button = browser.findElement(By.id("sign-in"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(button));
    }

    private void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
