package org.passage.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.browser.KeyboardBrowserTest;
import org.passage.calendar.TurkiyeTime;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admission desk's whole journey in Chromium, by keyboard, with axe-core on every page and each
 * candidate page once in Turkish, English and German: a candidate registers with a one-time code,
 * applies to two programmes, uploads the documents and submits (twice, as an impatient click); the
 * registrar forwards; a committee member scores, requests and records an interview; committee and
 * dean admit; the registrar issues the letter; the candidate accepts (twice), downloads the letter,
 * and its QR code's page confirms it; the registrar enrols and the candidate sees the student number.
 */
class AdmissionJourneyBrowserIT extends KeyboardBrowserTest {

    static final String CANDIDATE = "/admission/candidate";
    static final List<String> LANGUAGES = List.of("tr", "de", "en");

    @Autowired
    AdmissionFiles files;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionApplications applications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void signedOut() {
        open("/?lang=en");
        browser.manage().deleteAllCookies();
    }

    @Test
    void aCandidateIsAdmittedAcceptsVerifiesTheLetterAndIsEnrolled() throws Exception {
        String university = files.university();
        String email = "journey-" + UUID.randomUUID() + "@example.org";

        // The candidate registers with the one-time code.
        open(CANDIDATE + "/sign-in?lang=en");
        inEveryLanguage();
        type("email", email);
        submit();
        assertThat(browser.findElement(By.id("sent-to")).getText()).contains(email);
        inEveryLanguage();
        Matcher oneTime = Pattern.compile("\\b(\\d{6})\\b").matcher(TestMailbox.awaitMessageTo(email).text());
        assertThat(oneTime.find()).isTrue();
        type("code", oneTime.group(1));
        submit();
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(email);
        inEveryLanguage();

        // Applies to two programmes.
        send(By.cssSelector("#intakes a[href*='/apply/" + university + "/']"));
        inEveryLanguage();
        type("fullName", "Anna Schmidt");
        select("choice1", "PHYSICS");
        select("choice2", "CHEMISTRY");
        select("citizenship1", "DE");
        select("firstCitizenshipByBirth", "DE");
        choose("status", "GRADUATED");
        select("schoolCountry", "DE");
        choose("schoolType", "REGULAR");
        isoDate("secondaryStartedOn", "2015-09-01");
        choose("yearsAbroad", "ALL");
        select("exam-0-code", "ABITUR");
        type("exam-0-score", "1.4");
        isoDate("exam-0-takenOn", "2025-06-20");
        submit();
        assertThat(browser.findElement(By.id("applications")).getText()).contains("Physics", "Chemistry");
        String file = path();
        inEveryLanguage();

        // Uploads every required document: small valid PDFs and a JPEG photo.
        for (String document : List.of("PASSPORT", "DIPLOMA", "TRANSCRIPT", "PHOTO", "EXAM_RESULT_ABITUR")) {
            upload(document, document.equals("PHOTO"));
        }
        checkAxe();

        // Submits with an impatient double click: the first result shows, never an error.
        doubleClick(By.id("submit"));
        assertThat(path()).isEqualTo(file);
        assertThat(browser.findElement(By.id("submitted")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.className("error-summary"))).isEmpty();
        inEveryLanguage();
        List<AdmissionApplication> both = applications.ofCandidate(email);
        assertThat(both).extracting(AdmissionApplication::state).containsOnly(AdmissionState.SUBMITTED);
        String physics = both.stream().filter(a -> a.programme().equals("PHYSICS")).findFirst().orElseThrow()
                .number().value();

        // The registrar checks the file and forwards it.
        StaffPrincipal registrar = staff.registrar(university);
        signInAsStaff(registrar);
        open("/staff/admissions?lang=en");
        checkAxe();
        send(By.linkText(physics));
        checkAxe();
        send(By.linkText(text("admissions.desk.documents.link")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("passport-", "photo-", "exam_result_abitur-");
        checkAxe();
        open("/staff/admissions/" + physics);
        send(By.id("forward"));
        assertThat(browser.findElement(By.id("done")).isDisplayed()).isTrue();
        checkAxe();

        // A committee member scores, asks for an interview and records it; then admits with the dean.
        StaffPrincipal member = staff.committeeMember(university);
        StaffPrincipal dean = staff.dean(university, "SCIENCES");
        signInAsStaff(member);
        open("/staff/admissions/" + physics + "/evaluation?lang=en");
        type("points-EXAM", "90");
        type("points-DOCUMENTS", "80");
        type("points-INTERVIEW", "70");
        type("notes", "complete and convincing");
        checkAxe();
        send(By.id("score"));
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("84.00");
        checkAxe();
        send(By.linkText(text("admissions.evaluation.back")));
        type("interview-note", "by phone on Monday");
        send(By.id("interview"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo(text("admissions.desk.state.INTERVIEW_REQUESTED"));
        checkAxe();
        type("interview-note", "motivated, good English");
        send(By.id("interview"));
        assertThat(browser.findElement(By.id("history")).getText()).contains("motivated, good English");
        checkAxe();
        press(By.id("outcome"), Keys.SPACE);
        type("partner", dean.username());
        send(By.id("decide"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo(text("admissions.desk.state.ADMITTED"));
        assertThat(browser.findElement(By.id("history")).getText()).contains(member.username(), dean.username());
        checkAxe();

        // The registrar issues the acceptance letter.
        signInAsStaff(registrar);
        open("/staff/admissions/" + physics + "/letter?lang=en");
        checkAxe();
        send(By.id("issue"));
        String code = browser.findElement(By.id("code")).getText().replace("-", "").replace(" ", "");
        checkAxe();

        // The candidate accepts with a double click, and downloads the letter.
        signInAsCandidate(email);
        open(file + "?lang=en");
        inEveryLanguage();
        doubleClick(By.id("accept-" + physics));
        assertThat(browser.findElements(By.className("error-summary"))).isEmpty();
        assertThat(browser.findElement(By.id("application-" + physics)).getText())
                .contains(text("admissions.desk.state.OFFER_ACCEPTED"));
        inEveryLanguage();
        String letterHref = browser.findElement(By.id("letter-" + physics)).getAttribute("href");
        byte[] pdf = download(letterHref);
        String verifyUrl;
        try (PDDocument letter = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(letter)).contains("Anna Schmidt", "Physics")
                    .contains(code.substring(0, 4));
            verifyUrl = qrCode(letter);
        }
        assertThat(verifyUrl).endsWith("/verify/" + code);

        // Anyone who follows the QR code sees that the letter stands.
        browser.manage().deleteAllCookies();
        browser.get(verifyUrl.replaceFirst("^https?://[^/]+", url("")) + "?lang=en");
        assertThat(browser.findElement(By.id("outcome")).getText()).isEqualTo(text("admissions.verify.valid"));
        assertThat(browser.findElement(By.id("letter")).getText()).contains("Physics").doesNotContain(email)
                .doesNotContain("Anna Schmidt");
        for (String language : LANGUAGES) {
            browser.get(verifyUrl.replaceFirst("^https?://[^/]+", url("")) + "?lang=" + language);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            checkAxe();
        }

        // Registration has begun: the candidate uploads the registration documents.
        LocalDate today = LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
        jdbc.sql("UPDATE admission_intake SET registration_from = ? WHERE university = ? AND code = ?")
                .params(today, university, AdmissionFiles.INTAKE).update();
        signInAsCandidate(email);
        open(file + "?lang=en");
        for (String document : List.of("REGISTRATION_DIPLOMA", "REGISTRATION_EQUIVALENCE")) {
            upload(document, false);
        }
        inEveryLanguage();

        // The registrar enrols the student; the candidate sees the student number.
        signInAsStaff(registrar);
        open("/staff/admissions/" + physics + "/documents?lang=en");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("registration_equivalence-");
        checkAxe();
        open("/staff/admissions/" + physics + "/letter?lang=en");
        press(By.id("documentsChecked"), Keys.SPACE);
        String studentNumber = "2027-" + physics.substring(physics.length() - 6);
        type("studentNumber", studentNumber);
        checkAxe();
        send(By.id("enrol"));
        assertThat(browser.findElement(By.id("student-number")).getText()).contains(studentNumber);
        checkAxe();

        signInAsCandidate(email);
        open(file + "?lang=en");
        assertThat(browser.findElement(By.id("application-" + physics)).getText())
                .contains(text("admissions.desk.state.ENROLLED"));
        assertThat(browser.findElement(By.id("student-number-" + physics)).getText()).contains(studentNumber);
        inEveryLanguage();
        assertThat(applications.find(new org.passage.admissions.desk.AdmissionNumber(physics)).orElseThrow()
                .state()).isEqualTo(AdmissionState.ENROLLED);
    }

    // --- helpers

    /**
     * Switches the current page to Turkish, German and back to English with the layout's language
     * links, by keyboard, and checks each: its language, no raw message key or code, axe-core.
     */
    private void inEveryLanguage() {
        for (String language : LANGUAGES) {
            send(By.cssSelector(".language-switcher a[hreflang='" + language + "']"));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertThat(browser.findElement(By.tagName("main")).getText()).as("no raw key or code on " + path())
                    .doesNotContainPattern("\\b(admission|admissions)\\.[a-z]")
                    .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
            checkAxe();
        }
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private void signInAsStaff(StaffPrincipal account) {
        open("/staff/sign-in?lang=en");
        browser.manage().deleteAllCookies();
        open("/staff/sign-in?lang=en");
        type("username", account.username());
        type("password", TestStaff.PASSWORD);
        checkAxe();
        send(By.id("sign-in"));
        checkAxe();
    }

    private void signInAsCandidate(String email) {
        open(CANDIDATE + "/sign-in?lang=en");
        browser.manage().deleteAllCookies();
        open(CANDIDATE + "/sign-in?lang=en");
        int before = TestMailbox.messagesTo(email).size();
        type("email", email);
        submit();
        String mail = TestMailbox.awaitMessagesTo(email, before + 1).getLast().text();
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(mail);
        assertThat(code.find()).isTrue();
        type("code", code.group(1));
        submit();
    }

    /** Chooses a small valid file for the document by keyboard and sends its form. */
    private void upload(String document, boolean photo) throws Exception {
        Path upload = Files.createTempFile(document.toLowerCase() + "-", photo ? ".jpg" : ".pdf");
        try {
            Files.write(upload, photo ? TestFiles.jpeg() : TestFiles.pdf());
            browser.findElement(By.id("file-" + document)).sendKeys(upload.toString());
            send(By.cssSelector("#" + document + " form button"));
            assertThat(browser.findElement(By.id(document)).getText()).contains(upload.getFileName().toString());
        } finally {
            Files.delete(upload);
        }
    }

    /** A date field of the browser's own kind: the ISO value set as the keyboard's result would be. */
    private void isoDate(String id, String iso) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), iso);
    }

    /** Clicks twice in a row as an impatient user does, and waits for the page the browser ends on. */
    private void doubleClick(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        new Actions(browser).doubleClick(browser.findElement(button)).perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(page));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Fetches a link with the browser's cookies, as the browser's download would. */
    private byte[] download(String href) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    /** The text of the QR code printed on the letter. */
    private static String qrCode(PDDocument letter) throws Exception {
        List<BufferedImage> images = new ArrayList<>();
        for (var page : letter.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image.getImage());
                }
            }
        }
        for (BufferedImage image : images) {
            try {
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(image)))).getText();
            } catch (com.google.zxing.ReaderException e) {
                // not the QR code: the next image
            }
        }
        throw new AssertionError("no QR code in the letter");
    }

    private String text(String key) {
        return messages.getMessage(key, null, java.util.Locale.ENGLISH);
    }

    @Autowired
    org.springframework.context.MessageSource messages;
}
