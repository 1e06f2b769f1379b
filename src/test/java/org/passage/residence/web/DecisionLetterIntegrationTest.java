package org.passage.residence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.residence.TestApplications.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.IssuedPermit;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class DecisionLetterIntegrationTest {

    static final ProvinceCode BURSA = new ProvinceCode("16");
    static final Actor OFFICER = Actor.staff("officer-letters");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationReviews reviews;

    @Test
    void theApprovalLetterIsInThePagesLanguageWithTurkishLettersIntact() throws Exception {
        ApplicationNumber number = applications.underReview(BURSA, Locale.ENGLISH);
        LocalDate today = LocalDate.now();
        IssuedPermit permit = reviews.approve(number, today, today.plusMonths(6), "Bir dönemlik kayıt", OFFICER);

        String text = text(letter(number, "tr"));

        assertThat(text).contains("İkamet izni başvurusu hakkında karar", "Bursa İl Göç İdaresi Müdürlüğü",
                "Onaylandı", permit.number().formatted(), "Öğrenci ikamet izni", "Lisans (4 yıl)",
                "Bir dönemlik kayıt", "Haddad", number.formatted());
    }

    @Test
    void theRefusalLetterFollowsTheLanguageChosenOnThePage() throws Exception {
        ApplicationNumber number = applications.underReview(BURSA, Locale.of("tr"));
        reviews.reject(number, List.of("CONDITIONS_NOT_MET", "STUDIES_DISCONTINUED"), "Keine Einschreibung.", OFFICER);

        String text = text(letter(number, "de"));

        assertThat(text.replace("\n", " ").replace("  ", " ")).contains("Abgelehnt", "Die Voraussetzungen der Erlaubnis liegen nicht vor",
                "Art. 32(a), 37(a), 41(a)", "Art. 41(b)", "Keine Einschreibung.");
    }

    @Test
    void thereIsNoLetterBeforeTheDecision() throws Exception {
        ApplicationNumber number = applications.underReview(BURSA);
        mvc.perform(get("/residence/application/decision-letter").with(signedIn(number)))
                .andExpect(status().isNotFound());
    }

    private byte[] letter(ApplicationNumber number, String pageLanguage) throws Exception {
        return mvc.perform(get("/residence/application/decision-letter?lang=" + pageLanguage)
                        .with(signedIn(number)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
