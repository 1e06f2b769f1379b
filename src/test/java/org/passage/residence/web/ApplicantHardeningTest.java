package org.passage.residence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.residence.TestApplications.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.ApplicationState;
import org.passage.documents.TestFiles;
import org.springframework.mock.web.MockMultipartFile;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.residence.application.ApplicationJourney;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a first real applicant met on the pages (issue 14): each test a defect that did not hold. */
@PassageIntegrationTest
class ApplicantHardeningTest {

    static final ProvinceCode BURSA = new ProvinceCode("16");
    static final Actor OFFICER = Actor.staff("officer-hardening");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications testApplications;
    @Autowired
    ApplicationReviews reviews;
    @Autowired
    ResidenceApplications applications;
    @Autowired
    ApplicationJourney journey;

    @Test
    void aStudentWithdrawsTheConsentAfterTheDecisionFromTheOverviewAndTheUniversityNoLongerSeesThem()
            throws Exception {
        String university = "University " + UUID.randomUUID();
        ApplicationNumber number = testApplications.underReview(BURSA);
        journey.shareWithUniversity(number, university, true);
        reviews.approve(number, LocalDate.now(), LocalDate.now().plusMonths(6), "one semester", OFFICER);

        mvc.perform(post("/residence/application/consent").param("share", "NO").with(csrf()).with(signedIn(number)))
                .andExpect(redirectedUrl("/residence/application"));

        assertThat(applications.sharedWithUniversity(university)).isEmpty();
        mvc.perform(post("/residence/application/consent").param("share", "YES").with(csrf())
                .with(signedIn(number))).andExpect(redirectedUrl("/residence/application"));
        assertThat(applications.sharedWithUniversity(university)).isEmpty();
        mvc.perform(get("/residence/application").with(signedIn(number))).andExpect(status().isOk());
    }

    @Test
    void submittingTwiceAtOnceShowsTheFirstSubmissionToBothAndSubmitsOnce() throws Exception {
        ApplicationNumber number = testApplications.draftStudent(BURSA);
        testApplications.completeStudentAnswers(number);
        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<String> click = () -> mvc.perform(post("/residence/application/submit")
                    .param("withoutDocuments", "YES")
                    .with(signedIn(number)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
            var first = clicks.submit(click);
            var second = clicks.submit(click);

            assertThat(List.of(first.get(), second.get())).containsOnly("/residence/application/submitted");
        } finally {
            clicks.shutdown();
        }
        assertThat(journey.history(number)).filteredOn(t -> t.action().equals("SUBMITTED")).hasSize(1);
        mvc.perform(post("/residence/application/submit").param("withoutDocuments", "YES").with(signedIn(number))
                .with(csrf()))
                .andExpect(redirectedUrl("/residence/application/submitted"));
    }

    @Test
    void theCheckPageNamesTheItemsWithoutUploadAndSubmittingNeedsAConfirmation() throws Exception {
        ApplicationNumber number = testApplications.draftStudent(BURSA);
        testApplications.completeStudentAnswers(number);

        mvc.perform(get("/residence/application/check").with(signedIn(number)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Documents not uploaded"),
                        containsString("Student certificate"), containsString("name=\"withoutDocuments\""))));
        mvc.perform(post("/residence/application/submit").with(signedIn(number)).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("confirm that you will bring them to your appointment")));
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);

        mvc.perform(post("/residence/application/submit").param("withoutDocuments", "YES").with(signedIn(number))
                .with(csrf())).andExpect(redirectedUrl("/residence/application/submitted"));
    }

    @Test
    void theOverviewShowsTheUploadStateOfEachChecklistItem() throws Exception {
        ApplicationNumber number = testApplications.draftStudent(BURSA);
        testApplications.completeStudentAnswers(number);
        mvc.perform(multipart("/residence/application/documents/PASSPORT_COPY")
                .file(new MockMultipartFile("file", "passport.pdf", "application/pdf", TestFiles.pdf()))
                .with(signedIn(number)).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/residence/application").with(signedIn(number)).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Your documents"),
                        containsString("1 file uploaded"), containsString("Not uploaded"))));
    }

    @Test
    void afterStartingAnExtensionTheApplicantListsAndOpensTheApprovedApplicationWithItsDecisionLetter()
            throws Exception {
        ApplicationNumber approved = testApplications.underReview(BURSA);
        reviews.approve(approved, LocalDate.now(), LocalDate.now().plusMonths(6), "one semester", OFFICER);
        var earlier = journey.load(approved);
        ApplicationNumber extension = journey.preRegister("EXTENSION", earlier.identity(), earlier.contact(),
                java.util.Map.of("applicationKind", "EXTENSION")).number();

        mvc.perform(get("/residence/application").with(signedIn(extension)))
                .andExpect(content().string(containsString("href=\"/residence/application/all\"")));
        mvc.perform(get("/residence/application/all").with(signedIn(extension)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(approved.formatted()),
                        containsString(extension.formatted()), containsString("Approved"))));
        var opened = mvc.perform(post("/residence/application/open").param("number", approved.value())
                        .with(signedIn(extension)).with(csrf()))
                .andExpect(redirectedUrl("/residence/application")).andReturn();

        jakarta.servlet.http.Cookie session = opened.getResponse().getCookie("SESSION");
        mvc.perform(get("/residence/application/decision-letter").cookie(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"));
    }

    @Test
    void anotherPassportsApplicationCannotBeOpened() throws Exception {
        ApplicationNumber someoneElses = testApplications.submitStudent(BURSA);
        ApplicationNumber mine = testApplications.submitStudent(BURSA);

        mvc.perform(post("/residence/application/open").param("number", someoneElses.value())
                .with(signedIn(mine)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/residence/application/all").with(signedIn(mine)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(someoneElses.formatted()))));
    }
}
