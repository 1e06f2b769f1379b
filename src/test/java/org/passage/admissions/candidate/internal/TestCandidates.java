package org.passage.admissions.candidate.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.TestUniversities;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Candidates who went through their pages: signed in by code, applied for PHYSICS, uploaded everything, submitted. */
@TestComponent
public class TestCandidates {

    static final String BASE = "/admission/candidate";

    /** A submitted file: its university, the candidate's address, the file's page, its application and browser. */
    public record Submitted(String university, String email, String path, AdmissionNumber number, Browser candidate) {
    }

    private final MockMvc mvc;
    private final AdmissionApplications applications;

    TestCandidates(MockMvc mvc, AdmissionApplications applications) {
        this.mvc = mvc;
        this.applications = applications;
    }

    /** A new candidate's file for PHYSICS of the university's test intake, in English, from the network address. */
    public Submitted submitted(String university, String address) throws Exception {
        String email = "candidate-" + UUID.randomUUID() + "@example.org";
        Browser candidate = new Browser(address);
        candidate.perform(post(BASE + "/sign-in").param("email", email).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/code"));
        String code = CandidateJourneyIntegrationTest.code(TestMailbox.awaitMessageTo(email, "Your Passage code").text());
        candidate.perform(post(BASE + "/code").param("code", code).with(csrf())).andExpect(redirectedUrl(BASE));
        String path = candidate.perform(CandidateJourneyIntegrationTest.answers(
                post(BASE + "/apply/" + university + "/" + TestUniversities.INTAKE + "?lang=en"))
                        .param("choice1", "PHYSICS"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        for (String document : CandidateJourneyIntegrationTest.DOCUMENTS) {
            byte[] bytes = document.equals("PHOTO") ? TestFiles.png() : TestFiles.pdf();
            candidate.perform(multipart(path + "/documents/" + document).file(new MockMultipartFile("file",
                    document.toLowerCase() + (document.equals("PHOTO") ? ".png" : ".pdf"),
                    "application/octet-stream", bytes)).with(csrf())).andExpect(redirectedUrl(path + "#" + document));
        }
        candidate.perform(post(path + "/submit").with(csrf())).andExpect(redirectedUrl(path));
        return new Submitted(university, email, path, applications.ofCandidate(email).getFirst().number(), candidate);
    }

    /** One browser: keeps its session cookie and its own network address between requests. */
    public final class Browser {
        private final String address;
        private Cookie session;

        Browser(String address) {
            this.address = address;
        }

        public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
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
