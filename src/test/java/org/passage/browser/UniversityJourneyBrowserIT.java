package org.passage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.calendar.TurkiyeTime;
import org.passage.directorate.TestCases;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.IssuedPermit;
import org.passage.residence.PermitRenewalReminders;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From acceptance letter to residence permit in Chromium, by keyboard, with axe-core on every page
 * (issue 18): an admitted candidate's letter (set up through the admission desk's services) starts
 * a student residence application from its code with the university filled in and the consent
 * given; the student submits and books; the university's international office marks the step-8
 * documents received and forwards the file; the officer's case page shows it and the officer
 * approves through the page; the office's follow-up list shows the permit; and the renewal reminder
 * goes out when the reminder job runs on the day 60 days before expiry (a test date, no sleep).
 * Another university's office sees nothing of the student.
 */
class UniversityJourneyBrowserIT extends KeyboardBrowserTest {

    private static final ProvinceCode BURSA = new ProvinceCode("16");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    AdmissionFiles files;
    @Autowired
    AcceptanceLetters letters;
    @Autowired
    TestStaff staff;
    @Autowired
    TestCases cases;
    @Autowired
    ApplicationReviews reviews;
    @Autowired
    PermitRenewalReminders reminders;
    @Autowired
    Clock clock;

    @Test
    void anAdmittedStudentGoesFromTheLetterToAPermitWithTheUniversityOfficeInBetween() {
        AdmissionNumber admission = files.admitted(files.university(), "Amira Haddad");
        AcceptanceLetter letter = letters.issue(admission, "registrar.test");
        String university = "Deneme Üniversitesi"; // the letter's university, as TestUniversities names it
        String email = "uni-journey-" + UUID.randomUUID() + "@example.org";
        String passport = "U" + Integer.toUnsignedString(email.hashCode(), 36).toUpperCase();

        // The student: from the home page to the letter start page, the letter's code, the consent.
        browser.manage().deleteAllCookies();
        open("/?lang=en");
        send(By.linkText("Start the residence permit checklist"));
        send(By.linkText("Apply online for a residence permit"));
        send(By.cssSelector("main a[href*='/residence/apply/from-letter']"));
        checkAxe();
        type("code", letter.code().grouped());
        submit();
        WebElement facts = browser.findElement(By.id("letter-facts"));
        assertThat(facts.getText()).contains(university, "Physics");
        assertThat(browser.findElement(By.cssSelector("input[name='shareWithUniversity'][value='YES']"))
                .isSelected()).as("consent is opt-in").isFalse();
        choose("shareWithUniversity", "YES");
        submit();

        // Pre-registration with the one-time code from the mail.
        assertThat(heading()).isEqualTo("Pre-registration: first application");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(letter.code().grouped());
        type("givenNames", "Amira");
        type("surname", "Haddad");
        date("birthDate", LocalDate.of(2004, 5, 1));
        select("nationality", "SY");
        type("passportNumber", passport);
        date("passportExpiry", LocalDate.now().plusYears(4));
        type("email", email);
        type("mobile", "0532 123 45 67");
        submit();
        type("code", code(email));
        submit();
        ApplicationNumber number = ApplicationNumber.parseOrNull(
                browser.findElement(By.className("application-number")).getText());
        assertThat(number).isNotNull();
        checkAxe();
        send(By.linkText("Continue the application form"));

        // The form: whatever the letter did not answer; the permit type and university never asked.
        List<String> asked = completeTheForm();
        assertThat(asked).doesNotContain("permitType", "university", "shareWithUniversity");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(university);
        press(By.id("withoutDocuments"), Keys.SPACE);
        submit();
        assertThat(browser.findElement(By.className("application-number")).getText())
                .isEqualTo(number.formatted());
        checkAxe();

        // The student books an appointment; its day "comes" in the test.
        open("/appointments?lang=en");
        checkAxe();
        press(By.cssSelector("#book-form input[name=date]"), Keys.SPACE);
        send(By.id("book-button"));
        assertThat(browser.findElement(By.id("confirmation")).isDisplayed()).isTrue();
        checkAxe();
        cases.appointmentDayHasCome(number);

        // Another university's office does not see the student.
        signIn(staff.universityOffice("Other University " + UUID.randomUUID()));
        open("/staff/university/intake?lang=en");
        checkAxe();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(number.formatted());
        open("/staff/university/intake/" + number.value() + "?lang=en");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Haddad");

        // The university office: step-8 intake, every item received, forwarded.
        StaffPrincipal office = staff.universityOffice(university);
        signIn(office);
        open("/staff/university/intake?lang=en");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(university);
        checkAxe();
        send(By.linkText(number.formatted()));
        assertThat(heading()).isEqualTo("Amira Haddad");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(number.formatted());
        checkAxe();
        List<WebElement> items = browser.findElements(By.cssSelector("#items input[name='received']"));
        assertThat(items).isNotEmpty();
        for (WebElement item : items) {
            assertThat(item.isSelected()).isFalse();
            item.sendKeys(Keys.SPACE);
        }
        type("note", "Original passport seen at the desk.");
        press(By.id("forwarded"), Keys.SPACE);
        submit();
        assertThat(browser.findElement(By.id("saved")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#items input[name='received']")))
                .allMatch(WebElement::isSelected);
        assertThat(browser.findElement(By.id("forwarded")).isSelected()).isTrue();
        assertThat(browser.findElements(By.id("forwarded-on"))).hasSize(1);
        checkAxe();

        // The student's status page shows the office's marks.
        browser.manage().deleteAllCookies();
        open("/residence/status?lang=en");
        type("applicationNumber", number.formatted());
        type("passportNumber", passport);
        submit();
        assertThat(browser.findElement(By.cssSelector("[data-section='universityIntake']")).getText())
                .contains("Original passport seen at the desk.");
        checkAxe();

        // The officer: the case page shows the office's intake; attendance, then approval on the page.
        signIn(staff.officer(BURSA));
        open("/staff/officer/cases/" + number.value() + "?lang=en");
        checkAxe();
        WebElement intake = browser.findElement(By.id("university-intake"));
        assertThat(intake.getText()).contains("Original passport seen at the desk.",
                String.valueOf(LocalDate.now(clock.withZone(TurkiyeTime.ZONE)).getYear()));
        send(By.id("attended"));
        assertThat(browser.findElement(By.id("state")).getAttribute("data-state")).isEqualTo("UNDER_REVIEW");
        checkAxe();
        if (!browser.findElements(By.id("gapReason")).isEmpty()) {
            type("gapReason", "Originals were checked by the university's international office.");
        }
        send(By.id("approve"));
        assertThat(browser.findElement(By.id("state")).getAttribute("data-state")).isEqualTo("APPROVED");
        IssuedPermit permit = reviews.caseFile(number).orElseThrow().decision().permit();
        assertThat(browser.findElement(By.id("decision")).getText()).contains(permit.number().formatted());
        checkAxe();

        // The office's follow-up list: permit number and validity.
        signIn(office);
        open("/staff/university/follow-up?lang=en&q=" + number.value());
        checkAxe();
        WebElement row = browser.findElement(By.xpath(
                "//table[@id='follow-up']//tr[td[1][normalize-space()='" + number.formatted() + "']]"));
        assertThat(row.getText()).contains(permit.number().formatted(),
                String.valueOf(permit.validUntil().getYear()));

        // The clock moves to 60 days before expiry: the student is reminded, with the extension link.
        reminders.remind(permit.validUntil().minusDays(60));
        assertThat(reminders.sentAt(permit.number())).isPresent();
        String link = PermitRenewalReminders.extensionLink(number);
        TestMailbox.Mail reminder = TestMailbox.awaitMessageTo(email,
                "Your residence permit " + permit.number().formatted());
        assertThat(reminder.text()).contains(permit.number().formatted(), link);

        // The link leads to the continuation with the application number filled in.
        browser.manage().deleteAllCookies();
        open(link + "&lang=en");
        checkAxe();
        assertThat(browser.findElement(By.id("applicationNumber")).getAttribute("value"))
                .isEqualTo(number.formatted());
    }

    /**
     * Answers the application form's questions until the check-your-answers page, as a student of a
     * bachelor's programme in Bursa would; the names of the questions asked, in order.
     */
    private List<String> completeTheForm() {
        List<String> asked = new ArrayList<>();
        for (int page = 0; page < 20 && browser.findElements(By.id("withoutDocuments")).isEmpty(); page++) {
            List<String> names = browser.findElements(By.cssSelector("main form input, main form select")).stream()
                    .map(e -> e.getAttribute("name")).filter(n -> n != null && !n.isBlank()
                            && !n.equals("_csrf") && !n.equals("formToken"))
                    .distinct().toList();
            asked.addAll(names);
            for (String name : names) {
                answer(name);
            }
            submit();
        }
        assertThat(heading()).as("asked " + asked).isEqualTo("Check your answers before submitting");
        return asked;
    }

    private void answer(String name) {
        switch (name) {
            case "permitType" -> choose(name, "STUDENT");
            case "studyLevel" -> choose(name, "BACHELOR");
            case "maritalStatus" -> choose(name, "SINGLE");
            case "accommodation" -> choose(name, "DORMITORY");
            case "healthInsurance" -> choose(name, "PRIVATE");
            case "enrolment" -> choose(name, "REGULAR");
            case "repeatYear" -> choose(name, "NO");
            case "applicantRole" -> choose(name, "SELF");
            case "requestedMonths" -> type(name, "12");
            case "addressProvince" -> select(name, BURSA.value());
            case "addressDistrict" -> type(name, "Nilüfer");
            case "addressLine" -> type(name, "Görükle Mah. Üniversite Cd. 5");
            case "enrolmentDate-day", "enrolmentDate-month", "enrolmentDate-year" -> {
                if (name.endsWith("-day")) {
                    date("enrolmentDate", LocalDate.now().minusMonths(2));
                }
            }
            default -> {
                // answered already (filled in from the letter) or a control the form does not need
            }
        }
    }

    private void signIn(StaffPrincipal member) {
        browser.manage().deleteAllCookies();
        open("/staff/sign-in?lang=en");
        checkAxe();
        type("username", member.username());
        type("password", TestStaff.PASSWORD);
        send(By.id("sign-in"));
    }

    private static String code(String email) {
        Matcher code = CODE.matcher(TestMailbox.awaitMessageTo(email).text());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
