package org.passage.residence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.residence.TestApplications.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationStatusContributor;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class RegistrationDocumentIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    java.util.List<ApplicationStatusContributor> contributors;

    @Test
    void theTurkishDocumentHoldsTheApplicationTheAccrualAndTheCitedChecklistWithTurkishLettersIntact() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        String accrual = accrualNumberOf(number);

        String text = text(document(number, "tr"));

        assertThat(text).contains("İkamet izni başvurusu – kayıt belgesi", number.formatted(), "Tahakkuk numarası",
                accrual, "Öğrenci ikamet izni", "İstanbul", "Haddad", "Amira", "Suriye",
                "Pasaport veya yerine geçen belge numarası", "Getirilecek belgeler", "964,00 TRY",
                "Ödenmedi");
        assertThat(text).contains(residence.find(number).orElseThrow().checklist().getFirst().title().tr());
        assertThat(text).contains(residence.find(number).orElseThrow().checklist().getFirst().citationSection());
    }

    @Test
    void theChecklistCitesPublicDocumentsInTheApplicantsLanguageNeverASourceFile() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);

        String turkish = text(document(number, "tr"));
        String german = text(document(number, "de"));

        assertThat(turkish).contains("Göç İdaresi Başkanlığı", "okunma 2026-11");
        assertThat(german).contains("Präsidium für Migrationsverwaltung", "gelesen 2026-11");
        for (String text : new String[] {turkish, german, text(document(number, "en"))}) {
            assertThat(text).doesNotContainPattern("(?i)\\bseeds?\\b").doesNotContainPattern("[0-9]{3}_[0-9a-f]{16}");
        }
    }

    @Test
    void theDocumentIsInTheApplicantsLanguage() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ANKARA);

        assertThat(text(document(number, "en"))).contains("registration document", "Accrual number", "Documents to bring");
        assertThat(text(document(number, "de"))).contains("Registrierungsbeleg", "Mitzubringende Unterlagen");
    }

    @Test
    void theBookedAppointmentIsPrintedFromTheStatusSections() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        residence.appointmentBooked(number, LocalDate.now().plusDays(12), ProvinceCode.ISTANBUL,
                org.passage.residence.Actor.applicant(number));

        String text = text(document(number, "en"));

        contributors.forEach(c -> c.section(number, java.util.Locale.ENGLISH)
                .ifPresent(section -> assertThat(text).contains(section.title())));
    }

    @Test
    void theQrCodeLeadsToTheStatusPage() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);

        try (PDDocument pdf = Loader.loadPDF(document(number, "tr"))) {
            var resources = pdf.getPage(0).getResources();
            BufferedImage qr = null;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    qr = image.getImage();
                }
            }
            assertThat(qr).isNotNull();
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(qr)))).getText();
            assertThat(decoded).endsWith("/residence/status");
        }
    }

    @Test
    void onlyTheSignedInApplicantGetsTheirDocument() throws Exception {
        mvc.perform(get("/residence/registration-document")).andExpect(redirectedUrl("/residence/continue"));
        ApplicationNumber draft = applications.draftStudent(ProvinceCode.ISTANBUL);
        mvc.perform(get("/residence/registration-document").with(signedIn(draft))).andExpect(status().isNotFound());
        ApplicationNumber owner = applications.submitStudent(ProvinceCode.ISTANBUL);
        ApplicationNumber other = applications.submitStudent(ProvinceCode.ISTANBUL);
        assertThat(text(document(other, "en"))).doesNotContain(owner.formatted()).contains(other.formatted());
    }

    private String accrualNumberOf(ApplicationNumber number) {
        return contributors.stream().map(c -> c.section(number, java.util.Locale.of("tr"))).flatMap(java.util.Optional::stream)
                .filter(s -> s.key().equals("payment")).findFirst().orElseThrow().lines().getFirst().value();
    }

    private byte[] document(ApplicationNumber number, String language) throws Exception {
        return mvc.perform(get("/residence/registration-document?lang=" + language).with(signedIn(number)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines wrap where the page is narrow: compare text, not layout.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
