package org.passage.admissions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The registrar enrols a candidate who accepted, with a student number no one else of the university has. */
@PassageIntegrationTest
class EnrolmentIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AdmissionApplications applications;

    ResultActions enrol(StaffPrincipal registrar, AdmissionNumber number, String studentNumber, boolean checked)
            throws Exception {
        var request = post("/staff/admissions/" + number.value() + "/enrolment").with(TestStaff.signedIn(registrar))
                .with(csrf()).param("studentNumber", studentNumber);
        return mvc.perform(checked ? request.param("documentsChecked", "yes") : request);
    }

    @Test
    void theRegistrarEnrolsTheCandidateAndTheDeskShowsTheNewState() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.accepted(university, "Jan Novak");
        StaffPrincipal registrar = staff.registrar(university);

        enrol(registrar, number, "2027-00001", true).andExpect(flash().attribute("done", "admissions.enrolment.done"));

        var enrolled = applications.find(number).orElseThrow();
        assertThat(enrolled.state()).isEqualTo(AdmissionState.ENROLLED);
        assertThat(enrolled.studentNumber()).isEqualTo("2027-00001");
        assertThat(mvc.perform(get("/staff/admissions/" + number.value()).param("lang", "en")
                .with(TestStaff.signedIn(registrar))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Enrolled", registrar.username());
    }

    @Test
    void aStudentNumberIsGivenOnlyOnceWithinAUniversity() throws Exception {
        String university = files.university();
        StaffPrincipal registrar = staff.registrar(university);
        AdmissionNumber first = files.accepted(university, "Jan Novak");
        AdmissionNumber second = files.accepted(university, "Ana Silva");
        String otherUniversity = files.university();
        AdmissionNumber elsewhere = files.accepted(otherUniversity, "Li Wei");
        enrol(registrar, first, "S-100", true);

        enrol(registrar, second, "S-100", true).andExpect(flash().attribute("error", "admissions.enrolment.error.taken"));
        enrol(staff.registrar(otherUniversity), elsewhere, "S-100", true)
                .andExpect(flash().attribute("done", "admissions.enrolment.done"));

        assertThat(applications.find(second).orElseThrow().state()).isEqualTo(AdmissionState.OFFER_ACCEPTED);
        assertThat(applications.find(elsewhere).orElseThrow().studentNumber()).isEqualTo("S-100");
    }

    @Test
    void aDoubleClickOnEnrolShowsTheFirstEnrolment() throws Exception {
        String university = files.university();
        StaffPrincipal registrar = staff.registrar(university);
        AdmissionNumber number = files.accepted(university, "Jan Novak");

        enrol(registrar, number, "S-1", true).andExpect(flash().attribute("done", "admissions.enrolment.done"));
        enrol(registrar, number, "S-2", true).andExpect(flash().attribute("done", "admissions.enrolment.already"));

        assertThat(applications.find(number).orElseThrow().studentNumber()).isEqualTo("S-1");
        assertThat(applications.history(number).stream().filter(t -> t.action().equals("ENROL")).count())
                .isEqualTo(1);
    }

    @Test
    void enrolmentNeedsTheDocumentsCheckedAndAnAcceptedOffer() throws Exception {
        String university = files.university();
        StaffPrincipal registrar = staff.registrar(university);
        AdmissionNumber accepted = files.accepted(university, "Jan Novak");
        AdmissionNumber onlyAdmitted = files.admitted(university, "Ana Silva");

        enrol(registrar, accepted, "S-1", false)
                .andExpect(flash().attribute("error", "admissions.enrolment.error.documents"));
        enrol(registrar, accepted, "S 1!", true)
                .andExpect(flash().attribute("error", "admissions.enrolment.error.number"));
        enrol(registrar, onlyAdmitted, "S-2", true)
                .andExpect(flash().attribute("error", "admissions.enrolment.error.state"));
        mvc.perform(post("/staff/admissions/" + accepted.value() + "/enrolment")
                .with(TestStaff.signedIn(staff.committeeMember(university))).with(csrf())
                .param("studentNumber", "S-3").param("documentsChecked", "yes")).andExpect(status().isForbidden());

        assertThat(applications.find(accepted).orElseThrow().state()).isEqualTo(AdmissionState.OFFER_ACCEPTED);
        assertThat(applications.find(onlyAdmitted).orElseThrow().state()).isEqualTo(AdmissionState.ADMITTED);
    }
}
