package org.passage.visa.file.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passage.visa.file.internal.VisaFiling.as;
import static org.passage.visa.file.internal.VisaFiling.upload;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.passage.documents.TestFiles;
import org.springframework.mock.web.MockMultipartFile;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class VisaFileIntegrationTest {

    static final BigDecimal ENOUGH = new BigDecimal("12000");

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    JdbcClient jdbc;

    LocalDate recentA1() {
        return desk.today().minusMonths(2);
    }

    @Test
    void theFileKeepsEachPersonsItemsWithTheirCitations() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, recentA1(), ENOUGH);

        assertThat(filing.requiredItems(file)).extracting(i -> i[0] + "/" + i[1])
                .contains("APPLICANT/PASSPORT", "SPOUSE/PASSPORT", "APPLICANT/LANGUAGE_CERTIFICATE",
                        "SPOUSE/SPOUSE_A1_CERTIFICATE", "SPOUSE/INTERNATIONAL_MARRIAGE_RECORD")
                .doesNotContain("APPLICANT/SPOUSE_A1_CERTIFICATE", "SPOUSE/DIVORCE_JUDGEMENTS");
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your spouse")))
                .andExpect(content().string(containsString("Master&#39;s student (info sheet 41F)")))
                .andExpect(content().string(containsString("Source: ")))
                .andExpect(content().string(containsString("original and 2 copies")))
                .andExpect(content().string(containsString("150.00 EUR")))
                .andExpect(content().string(not(containsString("SPOUSE_A1_CERTIFICATE</"))));
    }

    @Test
    void anotherApplicantCannotReachTheFile() throws Exception {
        String owner = VisaFiling.newEmail();
        String other = VisaFiling.newEmail();
        UUID file = filing.file(owner, recentA1(), ENOUGH);

        mvc.perform(get("/visa/file/" + file).with(as(other))).andExpect(status().isNotFound());
        upload(mvc, other, file, "APPLICANT", "PASSPORT").andExpect(status().isNotFound());
        mvc.perform(post("/visa/file/" + file + "/appointment").param("slot", "IST/" + filing.openDay())
                .with(as(other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(desk.uploads(file)).isEmpty();
        mvc.perform(get("/visa/file/" + file)).andExpect(redirectedUrl("/visa/file/sign-in"));
    }

    @Test
    void bookingIsRefusedWhileTheSpousesA1CertificateIsMissingAndBooksOnceItIsUploaded() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, recentA1(), ENOUGH);
        filing.uploadAllBut(mvc, email, file, "SPOUSE/SPOUSE_A1_CERTIFICATE");
        LocalDate day = filing.openDay();

        mvc.perform(post("/visa/file/" + file + "/appointment?lang=en").param("slot", "IST/" + day)
                        .with(as(email)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your file is not complete")))
                .andExpect(content().string(containsString("Your spouse: Spouse&#39;s German A1 certificate")));
        assertThat(filing.status(file)).isEqualTo("DRAFT");
        assertThat(filing.holds(file, day)).isFalse();

        upload(mvc, email, file, "SPOUSE", "SPOUSE_A1_CERTIFICATE").andExpect(status().is3xxRedirection());
        mvc.perform(post("/visa/file/" + file + "/appointment").param("slot", "IST/" + day)
                .with(as(email)).with(csrf())).andExpect(redirectedUrl("/visa/file/" + file));
        assertThat(filing.status(file)).isEqualTo("BOOKED");
        assertThat(filing.holds(file, day)).isTrue();
    }

    @Test
    void theBookingPageOffersEachDayAsAnIsoDateInEveryLanguage() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, recentA1(), ENOUGH);
        filing.uploadAllBut(mvc, email, file);
        LocalDate day = filing.openDay();

        for (String language : List.of("tr", "en", "de")) {
            mvc.perform(get("/visa/file/" + file + "/appointment?lang=" + language).with(as(email)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("value=\"IST/" + day + "\"")));
        }
    }

    @Test
    void theSameFileSentTwiceAtOnceIsOneUpload() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, recentA1(), ENOUGH);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> clicks = List.of(1, 2).stream().map(i -> threads.submit(() -> {
            start.await();
            return upload(mvc, email, file, "APPLICANT", "PASSPORT").andReturn().getResponse().getStatus();
        })).toList();
        start.countDown();
        for (Future<Integer> click : clicks) {
            assertThat(click.get()).isEqualTo(302);
        }
        threads.shutdown();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_file_document WHERE file_id = ? AND code = 'PASSPORT'")
                .param(file).query(Integer.class).single()).isEqualTo(1);
        // A different file for the same item is a second upload.
        mvc.perform(multipart("/visa/file/" + file + "/items/APPLICANT/PASSPORT")
                .file(new MockMultipartFile("file", "page-2.pdf", "application/pdf", TestFiles.pdfOfSize(TestFiles.pdf().length + 64)))
                .with(VisaFiling.as(email)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_file_document WHERE file_id = ? AND code = 'PASSPORT'")
                .param(file).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aDoubleClickOnBookBooksOnePlace() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, recentA1(), ENOUGH);
        filing.uploadAllBut(mvc, email, file);
        LocalDate day = filing.openDay();
        int before = filing.taken(day);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> clicks = List.of(1, 2).stream().map(i -> threads.submit(() -> {
            start.await();
            return mvc.perform(post("/visa/file/" + file + "/appointment").param("slot", "IST/" + day)
                    .with(as(email)).with(csrf())).andReturn().getResponse().getStatus();
        })).toList();
        start.countDown();
        for (Future<Integer> click : clicks) {
            assertThat(click.get()).isEqualTo(302);
        }
        threads.shutdown();

        assertThat(filing.taken(day)).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_file_event WHERE file_id = ? AND status = 'BOOKED'")
                .param(file).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSpousesA1CertificateOlderThanTwelveMonthsBlocksTheBookingWithItsCitation() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(13), ENOUGH);
        filing.uploadAllBut(mvc, email, file);

        mvc.perform(get("/visa/file/" + file + "/appointment?lang=en").with(as(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your file is not complete")))
                .andExpect(content().string(containsString("A.2 / B.2")))
                .andExpect(content().string(not(containsString("confirm-booking"))));
        assertThat(desk.gaps(desk.own(email, file), desk.today())).extracting(VisaFileDesk.Gap::code)
                .containsExactly("SPOUSE_A1_TOO_OLD");
    }

    @Test
    void aBlockedAccountBelowTheParameterBlocksTheBooking() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, recentA1(), new BigDecimal("5000"));
        filing.uploadAllBut(mvc, email, file);

        assertThat(desk.gaps(desk.own(email, file), desk.today())).extracting(VisaFileDesk.Gap::code)
                .containsExactly("FUNDING_BELOW_FIRST_YEAR_AMOUNT");
        mvc.perform(post("/visa/file/" + file + "/appointment").param("slot", "IST/" + filing.openDay())
                .with(as(email)).with(csrf())).andExpect(status().isOk());
        assertThat(filing.status(file)).isEqualTo("DRAFT");
    }

    @Test
    void removingAnUploadAsksFirstAndThenRemovesIt() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, recentA1(), ENOUGH);
        upload(mvc, email, file, "APPLICANT", "PASSPORT").andExpect(status().is3xxRedirection());
        UUID document = desk.uploads(file).getFirst().documentId();
        String remove = "/visa/file/" + file + "/documents/" + document + "/remove";

        mvc.perform(get(remove + "?lang=de").with(as(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dieses Dokument entfernen?")));
        assertThat(desk.uploads(file)).hasSize(1);
        mvc.perform(post(remove).with(as(VisaFiling.newEmail())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(remove).with(as(email)).with(csrf())).andExpect(redirectedUrl("/visa/file/" + file));
        assertThat(desk.uploads(file)).isEmpty();
    }

    @Test
    void aFileThatIsNotAPdfOrImageIsRefusedOnTheFilePage() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, recentA1(), ENOUGH);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/visa/file/" + file + "/items/APPLICANT/PASSPORT?lang=tr")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "x.pdf", "application/pdf",
                                org.passage.documents.TestFiles.text()))
                        .with(as(email)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")));
        assertThat(desk.uploads(file)).isEmpty();
    }
}
