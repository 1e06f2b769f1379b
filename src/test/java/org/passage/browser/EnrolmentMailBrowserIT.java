package org.passage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The student's part of the way from admission to residence in Chromium, by keyboard: the enrolled
 * student follows the enrolment e-mail's link to the letter page, consents, pre-registers with the
 * one-time code, and finds the permit and the level of study already answered from the letter.
 * axe-core checks every page.
 */
class EnrolmentMailBrowserIT extends KeyboardBrowserTest {

    @Autowired
    AdmissionFiles files;
    @Autowired
    AcceptanceLetters letters;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEnrolledStudentStartsTheResidenceApplicationFromTheEnrolmentMailsLink() {
        String university = files.university();
        jdbc.sql("UPDATE admission_programme SET study_level = 'BACHELOR' WHERE university = ? AND code = 'PHYSICS'")
                .param(university).update();
        AdmissionNumber admitted = files.accepted(university, "Amira Haddad");
        AcceptanceLetter letter = letters.issue(admitted, "registrar.test");
        desk.enrol(admitted, AdmissionActor.staff("registrar.test"),
                "S-" + ThreadLocalRandom.current().nextInt(1_000_000));
        String mail = jdbc.sql("""
                SELECT d.body FROM notification n JOIN notification_delivery d ON d.notification_id = n.id
                WHERE n.type = 'ADMISSION_ENROLLED' AND d.channel = 'EMAIL' AND d.body LIKE ?""")
                .param("%" + letter.code().value() + "%").query(String.class).single();
        Matcher link = Pattern.compile("https?://[^/\\s]+(/residence/apply/from-letter\\?code=\\S+)").matcher(mail);
        assertThat(link.find()).isTrue();

        open(link.group(1) + "&lang=en");
        assertThat(heading()).isEqualTo("Apply for a student residence permit with your acceptance letter");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Physics", "Bachelor's degree");
        press(By.id("shareWithUniversity"), Keys.SPACE);
        submit();

        assertThat(heading()).isEqualTo("Pre-registration: first application");
        String email = "uni-browser-" + UUID.randomUUID() + "@example.org";
        type("givenNames", "Amira");
        type("surname", "Haddad");
        date("birthDate", LocalDate.of(2004, 5, 1));
        select("nationality", "SY");
        type("passportNumber", "U" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
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
        send(By.linkText("Continue the application form"));

        open("/residence/application/form/permit?lang=en");
        assertThat(browser.findElement(By.cssSelector("input[name='permitType'][value='STUDENT']")).isSelected())
                .isTrue();
        open("/residence/application/form/study-level?lang=en");
        assertThat(browser.findElement(By.cssSelector("input[name='studyLevel'][value='BACHELOR']")).isSelected())
                .isTrue();
        checkAxe();
        open("/residence/application/form/stay?lang=en");
        assertThat(browser.findElement(By.id("requestedMonths")).getAttribute("value")).isEqualTo("48");
    }
}
