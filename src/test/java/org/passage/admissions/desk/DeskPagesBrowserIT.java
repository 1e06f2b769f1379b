package org.passage.admissions.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.browser.Axe;
import org.passage.browser.BrowserTest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The desk's staff pages in a real browser, by keyboard and without serious accessibility violations. */
@Import(TestUniversities.class)
class DeskPagesBrowserIT extends BrowserTest {

    @Autowired
    TestStaff staff;
    @Autowired
    TestUniversities universities;
    @Autowired
    AdmissionDesk desk;

    @BeforeEach
    void signedOut() {
        open("/staff/sign-in");
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void aRegistrarFindsAFileInTheQueueAndForwardsItByKeyboard(String language) {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        List<String> documents = RequiredDocuments.of(List.of(), false);
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS"),
                "browser-" + UUID.randomUUID() + "@example.org").getFirst();
        desk.submit(number, new Submission("{}", "FOREIGN_NATIONAL", "DE", "2026.1"), documents, documents);
        StaffPrincipal registrar = staff.registrar(university);

        open("/staff/sign-in?lang=" + language);
        browser.findElement(By.id("username")).sendKeys(registrar.username());
        browser.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
        WebElement signIn = browser.findElement(By.id("sign-in"));
        signIn.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(signIn));

        open("/staff/admissions?lang=" + language);
        assertThat(browser.findElement(By.id("files")).getText()).contains(number.value());
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        browser.findElement(By.linkText(number.value())).sendKeys(Keys.ENTER);
        WebElement forward = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("forward")));
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        forward.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(forward));

        assertThat(browser.findElement(By.id("done")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("forward"))).isEmpty();
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void aCommitteeMembersFileWithInterviewAndDecisionFormsIsAccessible(String language) {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        List<String> documents = RequiredDocuments.of(List.of(), false);
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS"),
                "browser-" + UUID.randomUUID() + "@example.org").getFirst();
        desk.submit(number, new Submission("{}", "FOREIGN_NATIONAL", "DE", "2026.1"), documents, documents);
        desk.forward(number, AdmissionActor.staff("registrar.browser"));
        StaffPrincipal member = staff.committeeMember(university);

        open("/staff/sign-in?lang=" + language);
        browser.findElement(By.id("username")).sendKeys(member.username());
        browser.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
        WebElement signIn = browser.findElement(By.id("sign-in"));
        signIn.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(signIn));

        open("/staff/admissions/" + number.value() + "?lang=" + language);
        assertThat(browser.findElement(By.id("decide-form")).isDisplayed()).isTrue();
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        browser.findElement(By.id("interview-note")).sendKeys("by phone");
        WebElement interview = browser.findElement(By.id("interview"));
        interview.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(interview));

        assertThat(browser.findElement(By.id("done")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("history")).getText()).contains("by phone");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
