package org.passage.admissions.candidate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.Decision;
import org.passage.admissions.desk.TestUniversities;
import org.passage.admissions.desk.TestUniversities.Programme;
import org.passage.calendar.TurkiyeTime;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The candidate's side of the admission desk over HTTP, against PostgreSQL: sign-in by one-time
 * code, a file with ranked programmes, its documents, its submission (late or incomplete refused,
 * a double click submitted once), another candidate kept out, and the answer to an offer.
 */
@PassageIntegrationTest
class CandidateJourneyIntegrationTest {

    static final String BASE = "/admission/candidate";
    static final String INTAKE = TestUniversities.INTAKE;
    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    static final List<String> DOCUMENTS = List.of("PASSPORT", "DIPLOMA", "TRANSCRIPT", "PHOTO", "EXAM_RESULT_ABITUR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUniversities universities;
    @Autowired
    Clock clock;
    @Autowired
    AdmissionApplications applications;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    TestStaff staff;

    @Test
    void theCodeSentToTheAddressSignsTheCandidateIn() throws Exception {
        Candidate candidate = new Candidate();
        candidate.perform(post(BASE + "/sign-in").param("email", candidate.email).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/code"));
        String code = code(TestMailbox.awaitMessageTo(candidate.email).text());

        candidate.perform(post(BASE + "/code").param("code", wrong(code)).with(csrf()))
                .andExpect(status().isOk()).andExpect(text("The code is wrong or no longer valid"));
        candidate.perform(post(BASE + "/code").param("code", code).with(csrf())).andExpect(redirectedUrl(BASE));

        candidate.perform(get(BASE)).andExpect(status().isOk()).andExpect(text("Signed in as " + candidate.email));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Candidate candidate = signedIn();
        candidate.perform(post(BASE + "/sign-out").with(csrf())).andExpect(redirectedUrl(BASE + "/sign-in"));
        candidate.perform(get(BASE)).andExpect(redirectedUrl(BASE + "/sign-in"));
    }

    @Test
    void theApplicationAndTheFileReadInTurkishAndGerman() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        candidate.perform(get(BASE + "/apply/" + university + "/" + INTAKE + "?lang=tr")).andExpect(status().isOk())
                .andExpect(text("Deneme Üniversitesi, 2027–2028 Güz dönemi başvurusu"))
                .andExpect(text("Uyruğunuz"));
        String file = candidate.apply(university, "PHYSICS");
        candidate.perform(get(file + "?lang=de")).andExpect(status().isOk())
                .andExpect(text("Ihre Bewerbung an Testuniversität, Wintersemester 2027/2028"))
                .andExpect(text("Reisepass")).andExpect(text("Entwurf"));
    }

    @Test
    void aBadAddressIsRefusedWithALocalizedMessage() throws Exception {
        new Candidate().perform(post(BASE + "/sign-in?lang=de").param("email", "not an address")
                .with(csrf())).andExpect(status().isOk()).andExpect(text("Geben Sie eine E-Mail-Adresse"));
    }

    @Test
    void withoutSigningInTheCandidatePagesLeadToTheSignIn() throws Exception {
        new Candidate().perform(get(BASE)).andExpect(redirectedUrl(BASE + "/sign-in"));
    }

    @Test
    void aCandidateAppliesToTwoProgrammesWhichTheDeskDraftsInTheirRank() throws Exception {
        String university = university();
        Candidate candidate = signedIn();

        String file = candidate.apply(university, "PHYSICS", "CHEMISTRY");

        List<AdmissionApplication> drafts = applications.ofCandidate(candidate.email);
        assertThat(drafts).extracting(AdmissionApplication::programme).containsExactly("PHYSICS", "CHEMISTRY");
        assertThat(drafts).extracting(AdmissionApplication::state).containsOnly(AdmissionState.DRAFT);
        candidate.perform(get(file)).andExpect(status().isOk()).andExpect(text("Exam result: Abitur"))
                .andExpect(text("PHYSICS"));
    }

    @Test
    void applyingTwiceForTheSameIntakeOpensTheFirstFile() throws Exception {
        String university = university();
        Candidate candidate = signedIn();

        String first = candidate.apply(university, "PHYSICS");
        String second = candidate.apply(university, "PHYSICS");

        assertThat(second).isEqualTo(first);
        assertThat(applications.ofCandidate(candidate.email)).hasSize(1);
    }

    @Test
    void theNameAsInThePassportIsKeptForTheAcceptanceLetterAndAMissingOrHostileNameIsRefused() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        candidate.perform(eligibility(post(BASE + "/apply/" + university + "/" + INTAKE)).param("choice1", "PHYSICS")
                .param("fullName", "")).andExpect(status().isOk())
                .andExpect(text("Enter your name as in your passport"));
        candidate.perform(eligibility(post(BASE + "/apply/" + university + "/" + INTAKE)).param("choice1", "PHYSICS")
                .param("fullName", "<script>alert(1)</script>")).andExpect(status().isOk())
                .andExpect(text("Enter a name of letters"));
        assertThat(applications.ofCandidate(candidate.email)).isEmpty();

        candidate.apply(university, "PHYSICS");

        assertThat(jdbc.sql("SELECT candidate_name FROM admission_application WHERE candidate_email = ?")
                .param(candidate.email).query(String.class).list()).containsExactly("Anna Schmidt");
    }

    @Test
    void aSecondChoiceTwiceOrNoFirstChoiceIsRefusedWithTheReason() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        candidate.perform(answers(post(BASE + "/apply/" + university + "/" + INTAKE)).param("choice1", "PHYSICS")
                .param("choice2", "PHYSICS")).andExpect(status().isOk())
                .andExpect(text("Choose each programme only once"));
        assertThat(applications.ofCandidate(candidate.email)).isEmpty();
    }

    @Test
    void anIncompleteFileIsNotSubmitted() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        String file = candidate.apply(university, "PHYSICS");
        candidate.upload(file, "PASSPORT");

        candidate.perform(post(file + "/submit").with(csrf())).andExpect(status().isOk())
                .andExpect(text("cannot be submitted while a required document is missing"))
                .andExpect(text("Transcript of records"));

        assertThat(applications.ofCandidate(candidate.email)).extracting(AdmissionApplication::state)
                .containsOnly(AdmissionState.DRAFT);
    }

    @Test
    void aFileIsNotSubmittedAfterTheDeadline() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        String file = candidate.apply(university, "PHYSICS");
        for (String document : DOCUMENTS) {
            candidate.upload(file, document);
        }
        LocalDate today = LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
        jdbc.sql("UPDATE admission_intake SET opens_on = ?, closes_on = ? WHERE university = ? AND code = ?")
                .params(today.minusDays(20), today.minusDays(1), university, INTAKE).update();

        candidate.perform(post(file + "/submit?lang=tr").with(csrf())).andExpect(status().isOk())
                .andExpect(text("son başvuru tarihi geçti"));

        assertThat(applications.ofCandidate(candidate.email)).extracting(AdmissionApplication::state)
                .containsOnly(AdmissionState.DRAFT);
    }

    @Test
    void aCompleteFileSubmittedTwiceIsSubmittedOnceWithItsEligibilityFrozen() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        String file = candidate.apply(university, "PHYSICS", "CHEMISTRY");
        for (String document : DOCUMENTS) {
            candidate.upload(file, document);
        }

        candidate.perform(post(file + "/submit").with(csrf())).andExpect(redirectedUrl(file));
        candidate.perform(post(file + "/submit").with(csrf())).andExpect(redirectedUrl(file))
                .andExpect(result -> assertThat(result.getFlashMap().get("done"))
                        .isEqualTo("admission.candidate.submitted-before"));

        for (AdmissionApplication application : applications.ofCandidate(candidate.email)) {
            assertThat(application.state()).isEqualTo(AdmissionState.SUBMITTED);
            assertThat(application.submission().rulebookVersion()).isNotBlank();
            assertThat(application.submission().nationality()).isEqualTo("DE");
            assertThat(application.submission().eligibility()).contains("\"eligible\"", "ABITUR");
            assertThat(applications.history(application.number())).filteredOn(t -> t.action().equals("SUBMIT"))
                    .hasSize(1);
        }
        candidate.perform(get(file)).andExpect(text("Your application is submitted"));
    }

    @Test
    void anotherCandidateFindsNeitherTheFileNorItsApplications() throws Exception {
        String university = university();
        Candidate owner = signedIn();
        String file = owner.apply(university, "PHYSICS");
        String number = applications.ofCandidate(owner.email).getFirst().number().value();
        Candidate other = signedIn();

        other.perform(get(file)).andExpect(status().isNotFound());
        other.perform(post(file + "/submit").with(csrf())).andExpect(status().isNotFound());
        other.perform(multipart(file + "/documents/PASSPORT")
                .file(new MockMultipartFile("file", "p.pdf", "application/pdf", TestFiles.pdf())).with(csrf()))
                .andExpect(status().isNotFound());
        other.perform(post(BASE + "/applications/" + number + "/accept").with(csrf()))
                .andExpect(status().isNotFound());
        other.perform(get(BASE)).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(file));
    }

    @Test
    void theCandidateIsToldOfEveryStaffChangeAndAcceptsTheOffer() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        String file = candidate.apply(university, "PHYSICS");
        for (String document : DOCUMENTS) {
            candidate.upload(file, document);
        }
        candidate.perform(post(file + "/submit").with(csrf())).andExpect(redirectedUrl(file));
        AdmissionApplication application = applications.ofCandidate(candidate.email).getFirst();

        desk.forward(application.number(), AdmissionActor.staff("registrar.t"));
        assertThat(TestMailbox.awaitMessageTo(candidate.email, "Your application " + application.number().value()
                + ": In evaluation").text()).contains("PHYSICS");
        desk.decide(application.number(), new Decision(Decision.Outcome.ADMIT, "member.t", "dean.t", null, null));
        TestMailbox.awaitMessageTo(candidate.email, "Your application " + application.number().value() + ": Admitted");

        candidate.perform(get(file)).andExpect(text("Accept the offer"));
        candidate.perform(post(BASE + "/applications/" + application.number().value() + "/accept").with(csrf()))
                .andExpect(redirectedUrl(file));

        assertThat(applications.find(application.number()).orElseThrow().state())
                .isEqualTo(AdmissionState.OFFER_ACCEPTED);
        candidate.perform(get(file)).andExpect(text("Offer accepted"));
    }

    @Test
    void theRegistrarFindsTheSubmittedFileInTheDeskQueue() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        String file = candidate.apply(university, "PHYSICS");
        for (String document : DOCUMENTS) {
            candidate.upload(file, document);
        }
        String number = applications.ofCandidate(candidate.email).getFirst().number().value();
        StaffPrincipal registrar = staff.registrar(university);
        mvc.perform(get("/staff/admissions").with(TestStaff.signedIn(registrar)))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(number));

        candidate.perform(post(file + "/submit").with(csrf())).andExpect(redirectedUrl(file));

        mvc.perform(get("/staff/admissions").with(TestStaff.signedIn(registrar))).andExpect(text(number));
    }

    @Test
    void aFileOfTheWrongKindIsRefusedWithTheReason() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        String file = candidate.apply(university, "PHYSICS");

        candidate.perform(multipart(file + "/documents/PHOTO?lang=en")
                .file(new MockMultipartFile("file", "photo.pdf", "image/png", TestFiles.pdf())).with(csrf()))
                .andExpect(status().isOk()).andExpect(text("A photo must be a JPEG or PNG image"));
        candidate.perform(get(file)).andExpect(text("Not uploaded yet"));
    }

    @Test
    void nothingIsUploadedAfterTheDeadline() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        String file = candidate.apply(university, "PHYSICS");
        LocalDate today = LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
        jdbc.sql("UPDATE admission_intake SET opens_on = ?, closes_on = ? WHERE university = ? AND code = ?")
                .params(today.minusDays(20), today.minusDays(1), university, INTAKE).update();

        candidate.perform(multipart(file + "/documents/PASSPORT")
                .file(new MockMultipartFile("file", "p.pdf", "application/pdf", TestFiles.pdf())).with(csrf()))
                .andExpect(status().isOk()).andExpect(text("The deadline of this intake has passed"));
        assertThat(jdbc.sql("SELECT count(*) FROM admission_candidate_document WHERE file_id = ?")
                .param(UUID.fromString(file.substring(file.lastIndexOf('/') + 1))).query(Integer.class).single())
                .isZero();
    }

    @Test
    void anOfferIsDeclinedByItsResponseDateAndNotAfter() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        String file = candidate.apply(university, "PHYSICS", "CHEMISTRY");
        for (String document : DOCUMENTS) {
            candidate.upload(file, document);
        }
        candidate.perform(post(file + "/submit").with(csrf())).andExpect(redirectedUrl(file));
        List<AdmissionApplication> both = applications.ofCandidate(candidate.email);
        for (AdmissionApplication application : both) {
            desk.forward(application.number(), AdmissionActor.staff("registrar.t"));
            desk.decide(application.number(), new Decision(Decision.Outcome.ADMIT, "member.t", "dean.t", null, null));
        }

        candidate.perform(post(BASE + "/applications/" + both.get(0).number().value() + "/decline").with(csrf()))
                .andExpect(redirectedUrl(file));
        assertThat(applications.find(both.get(0).number()).orElseThrow().state())
                .isEqualTo(AdmissionState.OFFER_DECLINED);

        LocalDate today = LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
        jdbc.sql("""
                UPDATE admission_intake SET opens_on = ?, closes_on = ?, response_by = ?
                WHERE university = ? AND code = ?""")
                .params(today.minusDays(30), today.minusDays(20), today.minusDays(1), university, INTAKE).update();
        candidate.perform(post(BASE + "/applications/" + both.get(1).number().value() + "/accept").with(csrf()))
                .andExpect(redirectedUrl(file)).andExpect(result -> assertThat(result.getFlashMap().get("refusal"))
                        .isEqualTo("The date to answer this offer has passed."));
        assertThat(applications.find(both.get(1).number()).orElseThrow().state()).isEqualTo(AdmissionState.ADMITTED);
    }

    @Test
    void aClosedFileShowsTheCandidateItsCitedGround() throws Exception {
        String university = university();
        Candidate candidate = signedIn();
        String file = candidate.apply(university, "PHYSICS");
        for (String document : DOCUMENTS) {
            candidate.upload(file, document);
        }
        candidate.perform(post(file + "/submit").with(csrf())).andExpect(redirectedUrl(file));
        AdmissionApplication application = applications.ofCandidate(candidate.email).getFirst();

        desk.closeIneligible(application.number(), AdmissionActor.staff("registrar.t"), "TR_SCHOOLED_IN_TURKIYE", null);

        TestMailbox.awaitMessageTo(candidate.email, "Your application " + application.number().value()
                + ": Closed: not eligible");
        candidate.perform(get(file)).andExpect(text("Closed: not eligible"))
                .andExpect(text("Turkish citizens who completed all of secondary school"))
                .andExpect(text("section 7.2.2.2"));
    }

    // --- helpers

    Candidate signedIn() throws Exception {
        Candidate candidate = new Candidate();
        candidate.perform(post(BASE + "/sign-in").param("email", candidate.email).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/code"));
        String code = code(TestMailbox.awaitMessageTo(candidate.email).text());
        candidate.perform(post(BASE + "/code").param("code", code).with(csrf())).andExpect(redirectedUrl(BASE));
        return candidate;
    }

    /** A university of its own, by rows: one faculty, PHYSICS and CHEMISTRY, an intake open today. */
    String university() {
        return universities.create(List.of(Programme.of("PHYSICS", 5), Programme.of("CHEMISTRY", 5)));
    }

    /** The eligibility answers of a German schooled in Germany with an Abitur. */
    static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request) {
        return eligibility(request).param("fullName", "Anna Schmidt");
    }

    static MockHttpServletRequestBuilder eligibility(MockHttpServletRequestBuilder request) {
        return request.with(csrf())
                .param("citizenship1", "DE").param("firstCitizenshipByBirth", "DE")
                .param("status", "GRADUATED").param("schoolCountry", "DE").param("schoolType", "REGULAR")
                .param("secondaryStartedOn", "2015-09-01").param("yearsAbroad", "ALL")
                .param("exams[0].code", "ABITUR").param("exams[0].score", "1.4")
                .param("exams[0].takenOn", "2025-06-20");
    }

    static org.springframework.test.web.servlet.ResultMatcher text(String part) {
        return result -> assertThat(result.getResponse().getContentAsString()).contains(part);
    }

    static String code(String mail) {
        Matcher m = CODE.matcher(mail);
        assertThat(m.find()).as("a six-digit code in: " + mail).isTrue();
        return m.group(1);
    }

    static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    /** One browser: keeps its session cookie and its own network address between requests. */
    final class Candidate {
        final String email = "candidate-" + UUID.randomUUID() + "@example.org";
        private final String address = "10.16." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        private Cookie session;

        ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
            RequestPostProcessor remote = r -> {
                r.setRemoteAddr(address);
                return r;
            };
            request.with(remote);
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

        /** Applies for the university's intake with the programmes in rank; the file's address. */
        String apply(String university, String... programmes) throws Exception {
            MockHttpServletRequestBuilder request = answers(post(BASE + "/apply/" + university + "/" + INTAKE));
            for (int i = 0; i < programmes.length; i++) {
                request.param("choice" + (i + 1), programmes[i]);
            }
            return perform(request).andExpect(redirectedUrlPattern(BASE + "/files/*")).andReturn().getResponse()
                    .getRedirectedUrl();
        }

        void upload(String file, String document) throws Exception {
            byte[] content = document.equals("PHOTO") ? TestFiles.png() : TestFiles.pdf();
            perform(multipart(file + "/documents/" + document)
                    .file(new MockMultipartFile("file", document.toLowerCase() + (document.equals("PHOTO") ? ".png"
                            : ".pdf"), "application/octet-stream", content)).with(csrf()))
                    .andExpect(redirectedUrl(file + "#" + document));
        }
    }
}
