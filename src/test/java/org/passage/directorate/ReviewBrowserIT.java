package org.passage.directorate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.passage.browser.KeyboardBrowserTest;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directorate's side of a case in Chromium, by keyboard, with axe-core on every page: the
 * applicant submits and books; the officer records attendance and asks for a missing document; the
 * applicant uploads it and says so; the officer approves with a shortened validity; the applicant
 * sees the permit. Another case passes its due date and the job refuses it. The appointment day
 * "comes" by moving the booked appointment to today ({@link TestCases#appointmentDayHasCome}).
 */
class ReviewBrowserIT extends KeyboardBrowserTest {

    static final ProvinceCode BURSA = new ProvinceCode("16");
    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    TestStaff staff;
    @Autowired
    TestCases cases;
    @Autowired
    TestApplications applications;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    ApplicationReviews reviews;

    @Test
    void aCaseGoesFromBookingThroughAMissingDocumentToAShortenedPermit() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        String email = "review-" + UUID.randomUUID() + "@example.org";
        String passport = "R" + Integer.toUnsignedString(email.hashCode(), 36).toUpperCase();

        ApplicationNumber number = submitAsStudent(email, passport);
        open("/appointments?lang=en");
        checkAxe();
        press(By.cssSelector("#book-form input[name=date]"), Keys.SPACE);
        send(By.id("book-button"));
        assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Your appointment is booked");
        checkAxe();
        cases.appointmentDayHasCome(number);

        switchToStaff(officer);
        open("/staff/officer?lang=en");
        checkAxe();
        assertThat(browser.findElement(By.cssSelector("tr[data-number='" + number.value() + "']")).getText())
                .contains("Haddad", "Today");
        send(By.linkText(number.formatted()));
        assertThat(heading()).isEqualTo("Amira Haddad");
        checkAxe();
        send(By.id("attended"));
        assertThat(browser.findElement(By.id("done")).getText()).contains("The case is under review");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Under review");
        checkAxe();
        press(By.id("mark-STUDENT_CERTIFICATE-MISSING"), Keys.SPACE);
        send(By.cssSelector("#item-STUDENT_CERTIFICATE form button"));
        assertThat(browser.findElement(By.cssSelector("#item-STUDENT_CERTIFICATE [data-mark]")).getText())
                .isEqualTo("Missing");
        assertThat(browser.findElement(By.cssSelector("input[name='items'][value='STUDENT_CERTIFICATE']")).isSelected())
                .as("an item marked missing is chosen for the request").isTrue();
        type("businessDays", "5");
        type("note", "The certificate must carry the faculty's stamp.");
        send(By.id("request-missing"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Missing documents");
        checkAxe();

        switchToApplicant(number, email, passport);
        open("/residence/application/documents?lang=en");
        assertThat(browser.findElement(By.id("missing-documents")).getText())
                .contains("Student certificate", "faculty's stamp");
        checkAxe();
        Path pdf = Files.createTempFile("certificate-", ".pdf");
        Files.write(pdf, TestFiles.pdf());
        browser.findElement(By.id("file-STUDENT_CERTIFICATE")).sendKeys(pdf.toString());
        send(By.cssSelector("#STUDENT_CERTIFICATE form[enctype] button"));
        checkAxe();
        send(By.id("complete"));
        assertThat(browser.findElement(By.id("completed")).getText()).contains("sent to the directorate");
        checkAxe();

        switchToStaff(officer);
        open("/staff/officer/cases/" + number.value() + "?lang=en");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Under review");
        assertThat(browser.findElement(By.id("item-STUDENT_CERTIFICATE")).getText()).contains(pdf.getFileName().toString());
        checkAxe();
        assertThat(browser.findElement(By.id("gaps")).getText())
                .contains("these checklist items are not in order", "Student certificate: marked missing");
        LocalDate shortened = LocalDate.now().plusMonths(6);
        date("validUntil", shortened);
        send(By.id("approve"));
        assertThat(browser.findElement(By.className("error-summary")).getText())
                .contains("Give the reason for approving although checklist items are not in order");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Under review");
        checkAxe();
        type("gapReason", "The stamped certificate was checked against the original.");
        send(By.id("approve"));
        assertThat(browser.findElement(By.className("error-summary")).getText())
                .contains("Give the reason for the shorter validity");
        checkAxe();
        type("shorteningReason", "Enrolment confirmed for one semester only.");
        send(By.id("approve"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Approved");
        String permitNumber = reviews.caseFile(number).orElseThrow().decision().permit().number().formatted();
        assertThat(browser.findElement(By.id("decision")).getText()).contains(permitNumber);
        checkAxe();

        switchToApplicant(number, email, passport);
        open("/residence/application?lang=en");
        WebElement decision = browser.findElement(By.cssSelector("[data-section='decision']"));
        assertThat(decision.getText()).contains("Approved", permitNumber, "Enrolment confirmed for one semester only.",
                String.valueOf(shortened.getYear()));
        assertThat(decision.findElement(By.linkText("Download the decision letter (PDF)"))).isNotNull();
        checkAxe();
        assertThat(TestMailbox.awaitMessageTo(email, "Decision").text()).contains(permitNumber);
    }

    @Test
    void aCaseWhoseMissingDocumentsPassTheirDueDateIsRefusedByTheJob() {
        StaffPrincipal officer = staff.officer(BURSA);
        ApplicationNumber number = cases.appointmentToday(BURSA);
        var summary = residence.find(number).orElseThrow();

        switchToStaff(officer);
        open("/staff/officer/cases/" + number.value() + "?lang=en");
        send(By.id("attended"));
        press(By.id("items"), Keys.SPACE);
        type("businessDays", "3");
        send(By.id("request-missing"));
        assertThat(browser.findElement(By.id("requests")).getText()).contains("due");
        checkAxe();

        applications.missingDocumentsDueDatePassed(number);
        assertThat(applications.runMissingDocumentsExpiry()).isPositive();

        browser.manage().deleteAllCookies();
        open("/residence/status?lang=en");
        type("applicationNumber", number.formatted());
        type("passportNumber", summary.passportNumber().value());
        send(By.cssSelector("main form button[type='submit']"));
        assertThat(browser.findElement(By.cssSelector("[data-state]")).getAttribute("data-state"))
                .isEqualTo(ApplicationState.REJECTED.name());
        assertThat(browser.findElement(By.cssSelector("[data-section='decision']")).getText())
                .contains("The missing documents were not sent by their due date");
        checkAxe();
    }

    /** Pre-registers, proves the e-mail address and submits a student's application with a Bursa address. */
    private ApplicationNumber submitAsStudent(String email, String passport) {
        browser.manage().deleteAllCookies();
        open("/residence/apply?lang=en");
        press(By.cssSelector("input[name='kind'][value='FIRST']"), Keys.SPACE);
        submit();
        type("givenNames", "Amira");
        type("surname", "Haddad");
        date("birthDate", LocalDate.of(2004, 5, 1));
        select("nationality", "SY");
        type("passportNumber", passport);
        date("passportExpiry", LocalDate.now().plusYears(4));
        type("email", email);
        type("mobile", "0532 123 45 67");
        submit();
        type("code", code(email, 0));
        submit();
        ApplicationNumber number = ApplicationNumber.parseOrNull(
                browser.findElement(By.className("application-number")).getText());
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
        select("addressProvince", BURSA.value());
        type("addressDistrict", "Nilüfer");
        type("addressLine", "Görükle Mah. Üniversite Cd. 5");
        submit();
        choose("applicantRole", "SELF");
        submit();
        submit();
        assertThat(heading()).isEqualTo("Check your answers before submitting");
        press(By.id("withoutDocuments"), Keys.SPACE);
        submit();
        assertThat(heading()).isEqualTo("Application submitted");
        checkAxe();
        return number;
    }

    private void switchToStaff(StaffPrincipal officer) {
        browser.manage().deleteAllCookies();
        open("/staff/sign-in?lang=en");
        checkAxe();
        type("username", officer.username());
        type("password", TestStaff.PASSWORD);
        send(By.id("sign-in"));
    }

    /** Signs the applicant in again as "continue later" does: number, passport, a new one-time code. */
    private void switchToApplicant(ApplicationNumber number, String email, String passport) {
        browser.manage().deleteAllCookies();
        int codes = codeMails(email).size();
        open("/residence/continue?lang=en");
        type("applicationNumber", number.formatted());
        type("passportNumber", passport);
        submit();
        type("code", code(email, codes));
        submit();
    }

    /** The one-time code of the first code e-mail after the {@code before} ones already there. */
    private static String code(String email, int before) {
        long deadline = System.currentTimeMillis() + TestMailbox.TIMEOUT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            List<TestMailbox.Mail> mails = codeMails(email);
            if (mails.size() > before) {
                Matcher code = CODE.matcher(mails.get(before).text());
                assertThat(code.find()).isTrue();
                return code.group(1);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no one-time code mailed to " + email);
    }

    private static List<TestMailbox.Mail> codeMails(String email) {
        return TestMailbox.messagesTo(email).stream().filter(m -> m.subject().equals("Your Passage code")).toList();
    }
}
