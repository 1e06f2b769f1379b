package org.passage.admissions.candidate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.admissions.candidate.internal.CandidateJourneyIntegrationTest.answers;
import static org.passage.admissions.candidate.internal.CandidateJourneyIntegrationTest.code;
import static org.passage.admissions.candidate.internal.CandidateJourneyIntegrationTest.text;
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
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.Decision;
import org.passage.admissions.desk.TestUniversities;
import org.passage.admissions.desk.TestUniversities.Programme;
import org.passage.calendar.TurkiyeTime;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The registration documents of §7.8 over HTTP: uploaded only once an offer is accepted and within
 * the intake's registration dates, and by nobody but the candidate; the student number shows once
 * the registrar enrols.
 */
@PassageIntegrationTest
class CandidateRegistrationIntegrationTest {

    static final String BASE = CandidatePages.BASE;
    static final List<String> DOCUMENTS = List.of("PASSPORT", "DIPLOMA", "TRANSCRIPT", "PHOTO", "EXAM_RESULT_ABITUR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUniversities universities;
    @Autowired
    AdmissionApplications applications;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    Clock clock;

    @Test
    void aCandidateWhoAcceptedUploadsTheRegistrationDocumentsWithinTheDatesAndSeesTheStudentNumber() throws Exception {
        String university = university();
        Candidate candidate = new Candidate();
        String file = candidate.submittedFile(university);
        AdmissionApplication application = admitted(candidate);
        candidate.perform(post(BASE + "/applications/" + application.number().value() + "/accept").with(csrf()));
        registrationFrom(university, today());

        candidate.perform(get(file + "?lang=en")).andExpect(text("Your registration documents"));
        candidate.uploadRegistration(file, "REGISTRATION_EQUIVALENCE").andExpect(redirectedUrl(
                file + "#REGISTRATION_EQUIVALENCE"));
        candidate.perform(get(file + "?lang=en")).andExpect(text("Uploaded: registration_equivalence.pdf"));

        desk.enrol(application.number(), AdmissionActor.staff("registrar.t"), "2027-0042");
        candidate.perform(get(file + "?lang=de")).andExpect(text("Ihre Matrikelnummer: 2027-0042"));
    }

    @Test
    void beforeTheRegistrationDatesNothingIsUploaded() throws Exception {
        String university = university();
        Candidate candidate = new Candidate();
        String file = candidate.submittedFile(university);
        AdmissionApplication application = admitted(candidate);
        candidate.perform(post(BASE + "/applications/" + application.number().value() + "/accept").with(csrf()));
        registrationFrom(university, today().plusDays(1));

        candidate.uploadRegistration(file, "REGISTRATION_DIPLOMA").andExpect(status().isOk())
                .andExpect(text("only after you accepted an offer and within the registration dates"));

        assertThat(registrationUploads(file)).isZero();
    }

    @Test
    void withoutAnAcceptedOfferNothingIsUploaded() throws Exception {
        String university = university();
        Candidate candidate = new Candidate();
        String file = candidate.submittedFile(university);
        admitted(candidate);
        registrationFrom(university, today());

        candidate.uploadRegistration(file, "REGISTRATION_DIPLOMA").andExpect(status().isOk())
                .andExpect(text("only after you accepted an offer"));
        candidate.perform(get(file + "?lang=en"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain("Your registration documents"));
        assertThat(registrationUploads(file)).isZero();
    }

    @Test
    void anotherCandidateOrAnUnknownDocumentIsNotFound() throws Exception {
        String university = university();
        Candidate owner = new Candidate();
        String file = owner.submittedFile(university);
        AdmissionApplication application = admitted(owner);
        owner.perform(post(BASE + "/applications/" + application.number().value() + "/accept").with(csrf()));
        registrationFrom(university, today());
        Candidate other = new Candidate();
        other.signIn();

        other.uploadRegistration(file, "REGISTRATION_DIPLOMA").andExpect(status().isNotFound());
        owner.uploadRegistration(file, "PASSPORT_AGAIN").andExpect(status().isNotFound());
        assertThat(registrationUploads(file)).isZero();
    }

    // --- helpers

    String university() {
        return universities.create(List.of(Programme.of("PHYSICS", 5)));
    }

    AdmissionApplication admitted(Candidate candidate) {
        AdmissionApplication application = applications.ofCandidate(candidate.email).getFirst();
        desk.forward(application.number(), AdmissionActor.staff("registrar.t"));
        desk.decide(application.number(), new Decision(Decision.Outcome.ADMIT, "member.t", "dean.t", null, null));
        return application;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
    }

    void registrationFrom(String university, LocalDate from) {
        jdbc.sql("UPDATE admission_intake SET registration_from = ? WHERE university = ? AND code = ?")
                .params(from, university, TestUniversities.INTAKE).update();
    }

    int registrationUploads(String file) {
        return jdbc.sql("SELECT count(*) FROM admission_candidate_document WHERE file_id = ? AND code LIKE 'REGISTRATION%'")
                .param(UUID.fromString(file.substring(file.lastIndexOf('/') + 1))).query(Integer.class).single();
    }

    /** One browser: its session cookie and its own network address. */
    final class Candidate {
        final String email = "registration-" + UUID.randomUUID() + "@example.org";
        private final String address = "10.18." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        private Cookie session;

        ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
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

        void signIn() throws Exception {
            perform(post(BASE + "/sign-in").param("email", email).with(csrf())).andExpect(redirectedUrl(BASE + "/code"));
            perform(post(BASE + "/code").param("code", code(TestMailbox.awaitMessageTo(email).text())).with(csrf()))
                    .andExpect(redirectedUrl(BASE));
        }

        /** Signs in, applies for PHYSICS, uploads every document and submits; the file's address. */
        String submittedFile(String university) throws Exception {
            signIn();
            String file = perform(answers(post(BASE + "/apply/" + university + "/" + TestUniversities.INTAKE))
                    .param("choice1", "PHYSICS")).andExpect(redirectedUrlPattern(BASE + "/files/*")).andReturn()
                    .getResponse().getRedirectedUrl();
            for (String document : DOCUMENTS) {
                boolean photo = document.equals("PHOTO");
                perform(multipart(file + "/documents/" + document).file(new MockMultipartFile("file",
                        document.toLowerCase() + (photo ? ".png" : ".pdf"), "application/octet-stream",
                        photo ? TestFiles.png() : TestFiles.pdf())).with(csrf()));
            }
            perform(post(file + "/submit").with(csrf())).andExpect(redirectedUrl(file));
            return file;
        }

        ResultActions uploadRegistration(String file, String document) throws Exception {
            return perform(multipart(file + "/registration/" + document + "?lang=en").file(new MockMultipartFile(
                    "file", document.toLowerCase() + ".pdf", "application/pdf", TestFiles.pdf())).with(csrf()));
        }
    }
}
