package org.passage.admissions.candidate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.Decision;
import org.passage.documents.TestFiles;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.mock.web.MockMultipartFile;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The candidate downloads their own acceptance letter once it is issued, in the page's language;
 * no letter yet, or another candidate's application, is not found. The registrar opens the
 * candidate's uploaded documents; staff of another university find none.
 */
@PassageIntegrationTest
class CandidateLetterIntegrationTest {

    static final String BASE = "/admission/candidate";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AcceptanceLetters letters;
    @Autowired
    AdmissionApplications applications;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    TestStaff staff;

    @Test
    void theCandidateDownloadsTheirOwnLetterOnceIssued() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Anna Schmidt");
        Browser candidate = signedIn(email(number), "10.17.1.1");
        String path = BASE + "/applications/" + number.value() + "/letter.pdf";

        // the shared error page, in the page's language, renders the 404 (see ErrorPagesIntegrationTest)
        candidate.perform(get(path + "?lang=de")).andExpect(status().isNotFound());

        AcceptanceLetter letter = letters.issue(number, "registrar.test");
        byte[] pdf = candidate.perform(get(path + "?lang=en")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(letter.code().grouped(), "Anna Schmidt");
        }
    }

    @Test
    void anotherCandidateCannotDownloadTheLetter() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Anna Schmidt");
        letters.issue(number, "registrar.test");
        AdmissionNumber theirs = files.admitted(university, "Ben Weber");
        Browser other = signedIn(email(theirs), "10.17.1.2");

        other.perform(get(BASE + "/applications/" + number.value() + "/letter.pdf?lang=en"))
                .andExpect(status().isNotFound());
        other.perform(get(BASE + "/applications/not-a-number/letter.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void theFilePageLinksTheLetterOnceIssued() throws Exception {
        String university = files.university();
        String email = "candidate-" + java.util.UUID.randomUUID() + "@example.org";
        Browser candidate = signedIn(email, "10.17.1.3");
        String file = submitted(candidate, university, email);
        AdmissionNumber number = applications.ofCandidate(email).getFirst().number();
        desk.decide(number, new Decision(Decision.Outcome.ADMIT, "member.t", "dean.t", null, null));
        String link = BASE + "/applications/" + number.value() + "/letter.pdf";

        assertThat(candidate.perform(get(file + "?lang=tr")).andReturn().getResponse().getContentAsString())
                .doesNotContain(link);
        letters.issue(number, "registrar.t");
        assertThat(candidate.perform(get(file + "?lang=tr")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains(link + "?lang=tr", "Kabul mektubunuzu indirin");
    }

    /** The candidate applies for PHYSICS, uploads every document and submits; the file's address, forwarded. */
    private String submitted(Browser candidate, String university, String email) throws Exception {
        String file = candidate.perform(CandidateJourneyIntegrationTest.answers(
                post(BASE + "/apply/" + university + "/" + AdmissionFiles.INTAKE)).param("choice1", "PHYSICS"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        for (String document : CandidateJourneyIntegrationTest.DOCUMENTS) {
            byte[] bytes = document.equals("PHOTO") ? TestFiles.png() : TestFiles.pdf();
            candidate.perform(multipart(file + "/documents/" + document).file(new MockMultipartFile("file",
                    document.toLowerCase() + (document.equals("PHOTO") ? ".png" : ".pdf"),
                    "application/octet-stream", bytes)).with(csrf())).andExpect(redirectedUrl(file + "#" + document));
        }
        candidate.perform(post(file + "/submit").with(csrf())).andExpect(redirectedUrl(file));
        desk.forward(applications.ofCandidate(email).getFirst().number(), AdmissionActor.staff("registrar.t"));
        return file;
    }

    @Test
    void theRegistrarOpensTheUploadedDocumentsAndAnotherUniversityCannot() throws Exception {
        String university = files.university();
        String email = "candidate-" + java.util.UUID.randomUUID() + "@example.org";
        submitted(signedIn(email, "10.17.1.4"), university, email);
        AdmissionNumber number = applications.ofCandidate(email).getFirst().number();
        String base = "/staff/admissions/" + number.value() + "/documents";

        assertThat(mvc.perform(get(base).with(TestStaff.signedIn(staff.registrar(university))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("passport.pdf", "photo.png", "target=\"_blank\"");
        assertThat(mvc.perform(get(base + "/PASSPORT").with(TestStaff.signedIn(staff.registrar(university))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(TestFiles.pdf());

        StaffPrincipal stranger = staff.committeeMember(files.university());
        mvc.perform(get(base + "/PASSPORT").with(TestStaff.signedIn(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(TestStaff.signedIn(stranger))).andExpect(status().isNotFound());
    }

    private String email(AdmissionNumber number) {
        return jdbc.sql("SELECT candidate_email FROM admission_application WHERE number = ?").param(number.value())
                .query(String.class).single();
    }

    private Browser signedIn(String email, String address) throws Exception {
        Browser browser = new Browser(address);
        browser.perform(post(BASE + "/sign-in").param("email", email).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/code"));
        String code = CandidateJourneyIntegrationTest.code(TestMailbox.awaitMessageTo(email, "Your Passage code").text());
        browser.perform(post(BASE + "/code").param("code", code).with(csrf())).andExpect(redirectedUrl(BASE));
        return browser;
    }

    /** One browser: keeps its session cookie and its own network address between requests. */
    final class Browser {
        private final String address;
        private Cookie session;

        Browser(String address) {
            this.address = address;
        }

        ResultActions perform(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
            request.with(r -> {
                r.setRemoteAddr(address);
                return r;
            });
            if (session != null) {
                request.cookie(session);
            }
            ResultActions actions = mvc.perform(request);
            Cookie issued = actions.andReturn().getResponse().getCookie("SESSION");
            if (issued != null) {
                session = issued;
            }
            return actions;
        }
    }
}
