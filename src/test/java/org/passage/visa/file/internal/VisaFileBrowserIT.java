package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.browser.KeyboardBrowserTest;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The German visa file in Chromium, from the checklist to the passport's return: a master's student
 * travelling with a spouse saves the checklist as a file, signs in with the e-mailed code, uploads,
 * is refused booking while the spouse's A1 certificate is missing, completes the file and books; the
 * centre's counter forwards it, the consulate asks for one more document, the applicant uploads it,
 * the visa is issued and the passport comes back. The applicant's forms are sent with Enter, the
 * applicant's pages are seen in English, Turkish and German, and axe-core checks every page.
 */
class VisaFileBrowserIT extends KeyboardBrowserTest {

    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestStaff staff;

    private Path pdf;
    private Path png;

    @Test
    void aMastersStudentWithASpouseGoesFromTheChecklistToTheVisaAndThePassportsReturn() throws IOException {
        pdf = Files.createTempFile("visa-document-", ".pdf");
        Files.write(pdf, TestFiles.pdf());
        png = Files.createTempFile("visa-photo-", ".png");
        Files.write(png, TestFiles.png());
        pdf.toFile().deleteOnExit();
        png.toFile().deleteOnExit();
        LocalDate today = LocalDate.now(clock);
        String email = "visa-browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        // The checklist, in English, reached from the home page.
        open("/?lang=en");
        checkAxe();
        send(By.cssSelector("main a[href^='/visa/checklist']"));
        checkAxe();
        send(By.cssSelector("main a.button[href^='/visa/checklist/']"));
        assertThat(heading()).isEqualTo("Why are you going to Germany?");
        choose("category", "STUDY_MASTER");
        submit();
        assertThat(heading()).isEqualTo("About you");
        date("birthDate", LocalDate.of(2000, 3, 4));
        select("nationality", "TR");
        choose("nativeGerman", "NO");
        submit();
        type("stayDays", "730");
        submit();
        assertThat(heading()).isEqualTo("Your language certificate");
        choose("hasCertificate", "YES");
        select("certificateProvider", "GOETHE");
        select("certificateLevel", "B2");
        submit();
        choose("fundingKind", "BLOCKED_ACCOUNT");
        type("fundingAmount", "12000");
        submit();
        date("semesterStart", today.plusYears(1).withMonth(10).withDayOfMonth(1));
        submit();
        assertThat(heading()).isEqualTo("Family travelling with you");
        choose("spouseTravelling", "YES");
        submit();
        choose("spouseA1Provider", "GOETHE");
        date("spouseA1Issued", today.minusMonths(2));
        choose("spouseA1Exception", "NONE");
        submit();
        assertThat(heading()).isEqualTo("Check your answers");
        checkAxe();
        send(By.cssSelector("main a.button[href$='/result']"));
        assertThat(heading()).isEqualTo("Your visa checklist");
        checkAxe();
        send(By.id("save-file"));

        // Sign-in by e-mail and code, in Turkish.
        assertThat(browser.getCurrentUrl()).contains("/visa/file/sign-in");
        send(By.cssSelector(".language-switcher a[hreflang='tr']"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("tr");
        signIn(email);

        // The saved file, in Turkish.
        assertThat(browser.getCurrentUrl()).matches(".*/visa/file/[0-9a-f-]{36}.*");
        UUID file = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/visa/file/([0-9a-f-]{36}).*", "$1"));
        String number = file.toString().substring(0, 8).toUpperCase();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("tr");
        checkAxe();
        assertThat(browser.findElement(By.id("SPOUSE-SPOUSE_A1_CERTIFICATE")).isDisplayed()).isTrue();

        List<String> required = jdbc.sql("SELECT person || '-' || code FROM visa_file_item WHERE file_id = ? AND required ORDER BY position")
                .param(file).query(String.class).list();
        assertThat(required).contains("APPLICANT-PASSPORT", "SPOUSE-PASSPORT", "SPOUSE-SPOUSE_A1_CERTIFICATE");
        boolean first = true;
        for (String item : required) {
            if (!item.equals("SPOUSE-SPOUSE_A1_CERTIFICATE")) {
                upload(item, first);
                first = false;
            }
        }
        assertThat(browser.findElement(By.id("gaps")).getText()).contains("Eşiniz");

        // Booking is refused while the spouse's A1 certificate is missing, in English.
        send(By.cssSelector(".language-switcher a[hreflang='en']"));
        assertThat(browser.findElement(By.id("gaps")).getText()).contains("Your spouse")
                .doesNotContain("SPOUSE_A1_CERTIFICATE");
        checkAxe();
        send(By.id("book"));
        assertThat(heading()).isEqualTo("Book an appointment at an application centre");
        assertThat(browser.findElement(By.id("incomplete")).getText()).startsWith("Your file is not complete");
        assertThat(browser.findElement(By.id("gaps")).getText())
                .contains("Your spouse: Spouse's German A1 certificate");
        checkAxe();
        assertThat(browser.findElements(By.id("confirm-booking"))).as("no booking while incomplete").isEmpty();
        assertThat(status(file)).isEqualTo("DRAFT");
        send(By.cssSelector("main a.back-link"));

        // Completes the file and books, double-clicking the book button, in German.
        send(By.cssSelector(".language-switcher a[hreflang='de']"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        upload("SPOUSE-SPOUSE_A1_CERTIFICATE", false);
        assertThat(browser.findElement(By.id("complete")).getText()).isNotBlank();
        send(By.id("book"));
        assertThat(browser.findElements(By.id("gaps"))).isEmpty();
        checkAxe();
        choose("slot", firstSlot());
        assertThat(browser.findElement(By.cssSelector("input[name='slot']")).isSelected()).isTrue();
        doubleClick(By.id("confirm-booking"));
        assertThat(browser.getCurrentUrl()).contains("/visa/file/" + file);
        assertThat(browser.findElement(By.id("appointment")).getText()).isNotBlank();
        assertThat(status(file)).isEqualTo("BOOKED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_file_event WHERE file_id = ? AND status = 'BOOKED'")
                .param(file).query(Integer.class).single()).isEqualTo(1);
        checkAxe();

        // The centre's counter: attendance, passport, fee, forwarded.
        StaffPrincipal centre = staff.visaCentre();
        StaffPrincipal consulate = staff.consulate();
        staffSignIn("/staff/visa/centre?lang=en", centre);
        assertThat(browser.findElement(By.id("file-" + number)).getText()).contains("2 in person");
        step(number, "RECEIVE");
        step(number, "TAKE_PASSPORT");
        step(number, "PAY_FEE");
        assertThat(status(file)).isEqualTo("FEE_PAID");

        // The consulate asks for one more document.
        staffSignIn("/staff/visa/consulate?lang=en", consulate);
        type("note-" + file, "A current statement of the blocked account");
        send(By.cssSelector("#file-" + number + " form[action$='/REQUEST_DOCUMENTS'] button"));
        checkAxe();
        assertThat(status(file)).isEqualTo("DOCUMENTS_REQUESTED");

        // The applicant uploads it, in German, and tells the consulate.
        applicantSignIn(email, number);
        assertThat(browser.findElement(By.id("documents-requested")).getText())
                .contains("A current statement of the blocked account");
        checkAxe();
        upload("APPLICANT-BLOCKED_ACCOUNT_CONFIRMATION", false);
        submitWith(By.id("documents-sent"));
        assertThat(status(file)).isEqualTo("DOCUMENTS_SENT");

        // The visa is issued; the passport comes back at the counter.
        staffSignIn("/staff/visa/consulate?lang=en", consulate);
        send(By.id("decide-" + number));
        checkAxe();
        // The form comes filled with a type D visa from today for the stay; the decision page then shows it.
        doubleClick(By.id("issue"));
        assertThat(status(file)).isEqualTo("ISSUED");
        assertThat(browser.findElement(By.id("visa-type")).getText()).isEqualTo("National visa (type D)");
        checkAxe();
        staffSignIn("/staff/visa/centre?lang=en", centre);
        type("tracking-" + file, "YK-2026-0001");
        send(By.cssSelector("#file-" + number + " form[action$='/SEND_BY_COURIER'] button"));
        assertThat(status(file)).isEqualTo("PASSPORT_SENT");
        checkAxe();
        step(number, "RETURN_PASSPORT");
        assertThat(status(file)).isEqualTo("PASSPORT_RETURNED");

        // The applicant sees the decision and the passport's return.
        applicantSignIn(email, number);
        send(By.cssSelector(".language-switcher a[hreflang='en']"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Passport returned");
        assertThat(browser.findElement(By.id("events")).getText()).contains("Visa issued", "Passport returned",
                "The consulate asks for further documents", "Fee paid, file sent to the consulate");
        assertThat(browser.findElement(By.id("visa-type")).getText()).isEqualTo("National visa (type D)");
        assertThat(browser.findElement(By.id("tracking-reference")).getText()).isEqualTo("YK-2026-0001");
        assertThat(browser.findElement(By.id("events")).getText()).contains("Passport sent by courier");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("PASSPORT_RETURNED", "ISSUED");
        checkAxe();
        // The file was saved while the applicant read Turkish: its e-mails are in Turkish.
        assertThat(TestMailbox.awaitMessagesTo(email, 8)).extracting(TestMailbox.Mail::subject)
                .contains("Vize dosyanız " + number + ": Konsolosluk ek belge istiyor",
                        "Vize dosyanız " + number + ": Vize verildi",
                        "Vize dosyanız " + number + ": Pasaport iade edildi");
    }

    /** Signs the applicant in from the code page: e-mail, then the code from the test mail server, by Enter. */
    private void signIn(String email) {
        checkAxe();
        int before = TestMailbox.messagesTo(email).size();
        type("email", email);
        submit();
        checkAxe();
        List<TestMailbox.Mail> mails = TestMailbox.awaitMessagesTo(email, before + 1);
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(mails.getLast().text());
        assertThat(code.find()).isTrue();
        type("code", code.group(1));
        submit();
    }

    /** A new browser session: the applicant signs in again from the home page and opens the file. */
    private void applicantSignIn(String email, String number) {
        browser.manage().deleteAllCookies();
        open("/?lang=de");
        send(By.id("home-visa-file"));
        signIn(email);
        checkAxe();
        send(By.linkText(number));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
    }

    private void staffSignIn(String page, StaffPrincipal who) {
        browser.manage().deleteAllCookies();
        open(page);
        assertThat(browser.getCurrentUrl()).contains("/staff/sign-in");
        checkAxe();
        type("username", who.username());
        type("password", TestStaff.PASSWORD);
        send(By.id("sign-in"));
        assertThat(browser.getCurrentUrl()).contains(page.replaceAll("\\?.*", ""));
        checkAxe();
    }

    private void step(String number, String step) {
        send(By.cssSelector("#file-" + number + " form[action$='/" + step + "'] button"));
        assertThat(browser.getTitle()).as(() -> browser.findElement(By.tagName("main")).getText())
                .doesNotStartWith("Error");
        checkAxe();
    }

    /** Uploads a file for one item by keyboard; the first upload is double-clicked. */
    private void upload(String item, boolean doubleClick) {
        browser.findElement(By.id("file-" + item)).sendKeys((item.contains("PHOTO") ? png : pdf).toString());
        By button = By.cssSelector("#" + item + " form[enctype] button");
        if (doubleClick) {
            doubleClick(button);
        } else {
            send(button);
        }
        assertThat(browser.findElement(By.id(item)).getText()).as("upload of " + item)
                .contains((item.contains("PHOTO") ? png : pdf).getFileName().toString());
        assertThat(browser.findElements(By.className("error-summary"))).as("upload of " + item).isEmpty();
        if (doubleClick) {
            assertThat(browser.findElement(By.id(item)).findElements(By.cssSelector("li"))).hasSize(1);
            checkAxe();
        }
    }

    private void submitWith(By button) {
        checkAxe();
        send(button);
    }

    private String firstSlot() {
        return browser.findElement(By.cssSelector("input[name='slot']")).getAttribute("value");
    }

    private String status(UUID file) {
        return jdbc.sql("SELECT status FROM visa_file WHERE id = ?").param(file).query(String.class).single();
    }

    /** Clicks twice in a row as an impatient user does, and waits for the page the browser ends on. */
    private void doubleClick(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        new Actions(browser).doubleClick(browser.findElement(button)).perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(page));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertThat(browser.getTitle()).as(() -> browser.findElement(By.tagName("main")).getText())
                .doesNotStartWith("Error").doesNotStartWith("Hata").doesNotStartWith("Fehler");
    }
}
