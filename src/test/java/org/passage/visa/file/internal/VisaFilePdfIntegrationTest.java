package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.visa.file.internal.VisaFiling.as;
import static org.passage.visa.file.internal.VisaFiling.upload;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The cover sheet and the fee receipt of a visa file: in each language, with the file's number, each
 * person and their documents and fees; the applicant gets only their own, the centre's staff any.
 */
@PassageIntegrationTest
class VisaFilePdfIntegrationTest {

    static final RequestPostProcessor CENTRE = TestStaff.signedIn(
            new StaffPrincipal("centre-pdf", Set.of(StaffRole.VISA_CENTRE), Set.of(), null));
    static final RequestPostProcessor CONSULATE = TestStaff.signedIn(
            new StaffPrincipal("consulate-pdf", Set.of(StaffRole.CONSULATE), Set.of(), null));

    @Autowired
    org.passage.calendar.BusinessCalendar calendar;
    @Autowired
    VisaCentres centres;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    VisaFileViews views;

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    byte[] pdf(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theCoverSheetNamesTheFileEachPersonTheirDocumentsAndFeesInEveryLanguage() throws Exception {
        String email = VisaFiling.newEmail();
        UUID id = filing.file(email, desk.today().minusMonths(2), new BigDecimal("12000"));
        upload(mvc, email, id, "SPOUSE", "PASSPORT").andExpect(status().is3xxRedirection());
        VisaFile file = desk.own(email, id);

        for (Locale l : List.of(Locale.of("tr"), Locale.ENGLISH, Locale.GERMAN)) {
            String text = text(pdf("/visa/file/" + id + "/cover.pdf?lang=" + l.getLanguage(), as(email)));
            assertThat(text).as(l.getLanguage())
                    .contains(file.number())
                    .contains(views.category(file.category(), l))
                    .contains(views.person(Person.APPLICANT, l))
                    .contains(views.person(Person.SPOUSE, l))
                    .contains(views.title("PASSPORT", l))
                    .contains(views.person(Person.SPOUSE, l) + " 75.00")
                    .contains(" 150.00 ")
                    .doesNotContain("SPOUSE_A1_CERTIFICATE", "PASSPORT ");
        }
        String english = text(pdf("/visa/file/" + id + "/cover.pdf?lang=en", as(email)));
        assertThat(english).contains("Original and 2 copies").contains("1 file(s)").contains("Not yet")
                .contains("Spouse");
    }

    @Test
    void anotherApplicantOrNoOneGetsNoCoverSheetAndNoReceiptBeforeTheFeeIsPaid() throws Exception {
        String owner = VisaFiling.newEmail();
        UUID id = filing.file(owner, desk.today().minusMonths(2), new BigDecimal("12000"));

        mvc.perform(get("/visa/file/" + id + "/cover.pdf").with(as(VisaFiling.newEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/visa/file/" + id + "/cover.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/visa/file/" + id + "/receipt.pdf").with(as(owner))).andExpect(status().isNotFound());
        mvc.perform(get("/visa/file/" + id + "/receipt.pdf").with(as(VisaFiling.newEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/visa/centre/" + id + "/cover.pdf").with(CONSULATE)).andExpect(status().isForbidden());
    }

    @Test
    void afterTheFeeIsPaidTheApplicantAndTheCentreGetTheReceiptWithEachPersonsFee() throws Exception {
        String email = VisaFiling.newEmail();
        UUID id = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, id);
        desk.book(email, id, "IST", FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay().plusDays(7), 1, 1));
        assertThat(text(pdf("/staff/visa/centre/" + id + "/cover.pdf?lang=de", CENTRE)))
                .contains(desk.own(email, id).number()).contains(views.person(Person.SPOUSE, Locale.GERMAN));
        for (String step : List.of("RECEIVE", "TAKE_PASSPORT")) {
            mvc.perform(post("/staff/visa/centre/" + id + "/" + step).with(CENTRE).with(csrf()))
                    .andExpect(redirectedUrl("/staff/visa/centre"));
        }
        mvc.perform(post("/staff/visa/centre/" + id + "/PAY_FEE").with(CENTRE).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/staff/visa/centre/" + id + "/PAY_FEE").param("payment", "GOLD").with(CENTRE).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(desk.own(email, id).status()).hasToString("PASSPORT_TAKEN");
        mvc.perform(post("/staff/visa/centre/" + id + "/PAY_FEE").param("payment", "CARD").with(CENTRE).with(csrf()))
                .andExpect(redirectedUrl("/staff/visa/centre"));
        VisaFile file = desk.own(email, id);

        String mine = text(pdf("/visa/file/" + id + "/receipt.pdf?lang=en", as(email)));
        assertThat(mine).contains("Receipt for visa fees").contains(file.number())
                .contains(file.handedInOn().format(VisaFileDesk.DATE))
                .contains(views.person(Person.APPLICANT, Locale.ENGLISH) + " 75.00 EUR")
                .contains(views.person(Person.SPOUSE, Locale.ENGLISH) + " 75.00 EUR")
                .contains("Total paid 150.00 EUR").contains("Paid by Card");
        String staff = text(pdf("/staff/visa/centre/" + id + "/receipt.pdf?lang=tr", CENTRE));
        assertThat(staff).contains("Vize ücreti makbuzu").contains(file.number()).contains("Ödenen toplam 150.00 Euro");
        mvc.perform(get("/visa/file/" + id + "?lang=en").with(as(email)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/visa/file/" + id + "/receipt.pdf")));
    }
}
