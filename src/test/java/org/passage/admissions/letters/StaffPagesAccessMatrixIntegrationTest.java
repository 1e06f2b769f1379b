package org.passage.admissions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who reaches which of the desk's staff pages around a file, per role and university: staff of
 * another university, or a dean of another faculty, find no trace of the file (404, as for an
 * unknown number), whatever page or action they try; of the file's own desk, only the registrar
 * issues letters and enrols.
 */
@PassageIntegrationTest
class StaffPagesAccessMatrixIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AdmissionFiles files;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionApplications applications;

    /** Every page and action of one file, reads and writes. */
    static List<MockHttpServletRequestBuilder> everythingOf(AdmissionNumber number) {
        String file = "/staff/admissions/" + number.value();
        return List.of(get(file), get(file + "/evaluation"), get(file + "/letter"), get(file + "/letter.pdf"),
                get(file + "/documents"),
                post(file + "/forward").with(csrf()),
                post(file + "/interview").param("step", "request").param("note", "phone").with(csrf()),
                post(file + "/evaluation").param("points-EXAM", "90").param("points-DOCUMENTS", "90")
                        .param("points-INTERVIEW", "90").with(csrf()),
                post(file + "/decide").param("outcome", "REJECT").param("partner", "someone").with(csrf()),
                post(file + "/letter").with(csrf()),
                post(file + "/enrolment").param("documentsChecked", "yes").param("studentNumber", "X-1")
                        .with(csrf()));
    }

    int status(MockHttpServletRequestBuilder request, StaffPrincipal who) throws Exception {
        return mvc.perform(request.with(TestStaff.signedIn(who))).andReturn().getResponse().getStatus();
    }

    @Test
    void staffOfAnotherUniversityFindNoTraceOfAFileOnAnyPage() throws Exception {
        String a = files.university();
        String b = files.university();
        AdmissionNumber number = files.accepted(a, "Mira Kovač");

        for (StaffPrincipal stranger : List.of(staff.registrar(b), staff.committeeMember(b),
                staff.dean(b, "SCIENCES"))) {
            for (MockHttpServletRequestBuilder request : everythingOf(number)) {
                assertThat(status(request, stranger)).as(stranger.username() + " " + request.buildRequest(
                        new org.springframework.mock.web.MockServletContext()).getRequestURI()).isEqualTo(404);
            }
        }
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.OFFER_ACCEPTED);
    }

    @Test
    void aDeanOfAnotherFacultyFindsNoTraceOfTheFile() throws Exception {
        String a = files.university();
        AdmissionNumber number = files.forwarded(a, "PHYSICS");
        StaffPrincipal otherDean = staff.dean(a, "MEDICINE");

        for (MockHttpServletRequestBuilder request : everythingOf(number)) {
            assertThat(status(request, otherDean)).isEqualTo(404);
        }
        assertThat(status(get("/staff/admissions/" + number.value()), staff.dean(a, "SCIENCES"))).isEqualTo(200);
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.IN_EVALUATION);
    }

    @Test
    void onTheFilesOwnDeskOnlyTheRegistrarIssuesTheLetterAndEnrols() throws Exception {
        String a = files.university();
        AdmissionNumber number = files.accepted(a, "Mira Kovač");
        String file = "/staff/admissions/" + number.value();

        for (StaffPrincipal other : List.of(staff.committeeMember(a), staff.dean(a, "SCIENCES"))) {
            assertThat(status(get(file + "/letter"), other)).isEqualTo(200);
            assertThat(status(post(file + "/letter").with(csrf()), other)).isEqualTo(403);
            assertThat(status(post(file + "/enrolment").param("documentsChecked", "yes")
                    .param("studentNumber", "X-1").with(csrf()), other)).isEqualTo(403);
            assertThat(status(post("/staff/admissions/letters/" + AdmissionFiles.INTAKE).with(csrf()), other))
                    .isEqualTo(403);
        }
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.OFFER_ACCEPTED);
        assertThat(applications.find(number).orElseThrow().studentNumber()).isNull();
    }

    @Test
    void withinTheDeskEachActionBelongsToItsRole() throws Exception {
        String a = files.university();
        AdmissionNumber forwarded = files.forwarded(a, "PHYSICS");
        String file = "/staff/admissions/" + forwarded.value();
        StaffPrincipal registrar = staff.registrar(a);
        StaffPrincipal member = staff.committeeMember(a);
        StaffPrincipal dean = staff.dean(a, "SCIENCES");

        // The registrar neither asks for an interview, scores nor decides.
        assertThat(status(post(file + "/interview").param("step", "request").param("note", "phone").with(csrf()),
                registrar)).isEqualTo(403);
        assertThat(status(post(file + "/evaluation").param("points-EXAM", "90").param("points-DOCUMENTS", "90")
                .param("points-INTERVIEW", "90").with(csrf()), registrar)).isEqualTo(403);
        assertThat(status(post(file + "/decide").param("outcome", "ADMIT").param("partner", dean.username())
                .with(csrf()), registrar)).isEqualTo(403);
        // The committee and the dean neither forward nor close a file.
        for (StaffPrincipal other : List.of(member, dean)) {
            assertThat(status(post(file + "/forward").with(csrf()), other)).isEqualTo(403);
            assertThat(status(post(file + "/close").param("refusal", "TR_SCHOOLED_IN_TURKIYE").with(csrf()), other))
                    .isEqualTo(403);
        }
        // The dean does not interview.
        assertThat(status(post(file + "/interview").param("step", "request").param("note", "phone").with(csrf()),
                dean)).isEqualTo(403);

        assertThat(applications.find(forwarded).orElseThrow().state()).isEqualTo(AdmissionState.IN_EVALUATION);
        assertThat(applications.history(forwarded)).hasSize(3);
    }

    @Test
    void aRegistrarCannotIssueTheLettersOfAnotherUniversitysIntake() throws Exception {
        String a = files.university();
        String b = files.university();
        AdmissionNumber number = files.admitted(a, "Mira Kovač");
        // Both universities have an intake of the same code: the registrar of B issues only B's letters.
        mvc.perform(post("/staff/admissions/letters/" + AdmissionFiles.INTAKE).with(csrf())
                .with(TestStaff.signedIn(staff.registrar(b))));

        assertThat(status(get("/staff/admissions/" + number.value() + "/letter.pdf"), staff.registrar(a)))
                .isEqualTo(404);
    }

    @Test
    void theRankingShowsNoFileOfAnotherUniversity() throws Exception {
        String a = files.university();
        String b = files.university();
        AdmissionNumber number = files.forwarded(a, "PHYSICS");

        String page = mvc.perform(get("/staff/admissions/ranking").param("intake", AdmissionFiles.INTAKE)
                .param("programme", "PHYSICS").with(TestStaff.signedIn(staff.committeeMember(b))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(number.value());
    }
}
