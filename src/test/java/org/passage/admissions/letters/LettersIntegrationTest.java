package org.passage.admissions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Acceptance letters: issued by the registrar once per admitted file, singly or per intake, as a PDF. */
@PassageIntegrationTest
class LettersIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AcceptanceLetters letters;
    @Autowired
    JdbcClient jdbc;

    void issue(StaffPrincipal registrar, AdmissionNumber number) throws Exception {
        mvc.perform(post("/staff/admissions/" + number.value() + "/letter").with(TestStaff.signedIn(registrar))
                .with(csrf())).andExpect(redirectedUrl("/staff/admissions/" + number.value() + "/letter"));
    }

    @Test
    void theLetterPdfInTurkishCarriesTheVerificationCodeAndAQrCode() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Ayşe Yılmaz");
        StaffPrincipal registrar = staff.registrar(university);
        issue(registrar, number);
        AcceptanceLetter letter = letters.ofApplication(number).orElseThrow();

        byte[] pdf = mvc.perform(get("/staff/admissions/" + number.value() + "/letter.pdf" + "?lang=tr")
                .with(TestStaff.signedIn(registrar))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Kabul mektubu", "Ayşe Yılmaz", "Deneme Üniversitesi", "Fizik",
                    letter.code().grouped(), "/verify/" + letter.code().value(), "öğrenim meşruhatlı vize");
            boolean image = false;
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                image |= document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject;
            }
            assertThat(image).as("the QR code").isTrue();
        }
    }

    @Test
    void theLetterIsAlsoRenderedInEnglishAndGerman() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Jan Novak");
        StaffPrincipal registrar = staff.registrar(university);
        issue(registrar, number);

        for (String[] language : new String[][] {{"en", "Acceptance letter"}, {"de", "Zulassungsbescheid"}}) {
            byte[] pdf = mvc.perform(get("/staff/admissions/" + number.value() + "/letter.pdf").queryParam("lang", language[0]).with(TestStaff.signedIn(registrar))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains(language[1], "Jan Novak");
            }
        }
    }

    @Test
    void aDoubleClickOnIssueKeepsTheFirstLetterAndItsCode() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Jan Novak");
        StaffPrincipal registrar = staff.registrar(university);

        issue(registrar, number);
        VerificationCode first = letters.ofApplication(number).orElseThrow().code();
        issue(registrar, number);

        assertThat(letters.ofApplication(number).orElseThrow().code()).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM admission_letter WHERE number = ?").param(number.value())
                .query(Integer.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/staff/admissions/" + number.value() + "/letter" + "?lang=en")
                .with(TestStaff.signedIn(registrar))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(first.grouped()).doesNotContain("id=\"issue\"");
    }

    @Test
    void noLetterIsIssuedForAFileThatIsNotAdmitted() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.forwarded(university, "PHYSICS");

        mvc.perform(post("/staff/admissions/" + number.value() + "/letter")
                .with(TestStaff.signedIn(staff.registrar(university))).with(csrf()))
                .andExpect(flash().attribute("error", "admissions.letters.error.not-admitted"));
        assertThat(letters.ofApplication(number)).isEmpty();
    }

    @Test
    void onlyTheRegistrarIssuesLetters() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Jan Novak");

        mvc.perform(post("/staff/admissions/" + number.value() + "/letter")
                .with(TestStaff.signedIn(staff.committeeMember(university))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/admissions/letters/" + AdmissionFiles.INTAKE)
                .with(TestStaff.signedIn(staff.committeeMember(university))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(letters.ofApplication(number)).isEmpty();
    }

    @Test
    void theBulkRunIssuesTheMissingLettersOfTheIntakeOnlyAndIsSafeToRepeat() throws Exception {
        String university = files.university();
        StaffPrincipal registrar = staff.registrar(university);
        AdmissionNumber single = files.admitted(university, "Ana Silva");
        AdmissionNumber second = files.admitted(university, "Jan Novak");
        AdmissionNumber accepted = files.accepted(university, "Li Wei");
        AdmissionNumber notAdmitted = files.forwarded(university, "PHYSICS");
        AdmissionNumber ofAnotherUniversity = files.admitted(files.university(), "Omar Haddad");
        issue(registrar, single);
        VerificationCode singleCode = letters.ofApplication(single).orElseThrow().code();

        mvc.perform(post("/staff/admissions/letters/" + AdmissionFiles.INTAKE).with(TestStaff.signedIn(registrar))
                .with(csrf())).andExpect(redirectedUrl("/staff/admissions/letters"))
                .andExpect(flash().attribute("issued", 2)).andExpect(flash().attribute("already", 1));
        mvc.perform(post("/staff/admissions/letters/" + AdmissionFiles.INTAKE).with(TestStaff.signedIn(registrar))
                .with(csrf())).andExpect(flash().attribute("issued", 0)).andExpect(flash().attribute("already", 3));

        assertThat(letters.ofApplication(single).orElseThrow().code()).isEqualTo(singleCode);
        assertThat(letters.ofApplication(second)).isPresent();
        assertThat(letters.ofApplication(accepted)).isPresent();
        assertThat(letters.ofApplication(notAdmitted)).isEmpty();
        assertThat(letters.ofApplication(ofAnotherUniversity)).isEmpty();
        String page = mvc.perform(get("/staff/admissions/letters" + "?lang=en")
                .with(TestStaff.signedIn(registrar))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(AdmissionFiles.INTAKE);
    }
}
