package org.passage.admissions.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.audit.RecordedAuditEvent;
import org.passage.provinces.ProvinceCode;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The desk's staff pages: each member of staff sees their own university's files only, every view audited. */
@PassageIntegrationTest
@Import(TestUniversities.class)
class DeskPagesTest {

    static final List<String> DOCUMENTS = RequiredDocuments.of(List.of(), false);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    TestUniversities universities;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    AdmissionApplications applications;
    @Autowired
    AuditTrail audit;

    AdmissionNumber submitted(String university) {
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS"),
                "desk-" + UUID.randomUUID() + "@example.org").getFirst();
        desk.submit(number, new Submission("{}", "FOREIGN_NATIONAL", "DE", "2026.1"), DOCUMENTS, DOCUMENTS);
        return number;
    }

    String page(String path, StaffPrincipal member) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(TestStaff.signedIn(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aRegistrarSeesTheSubmittedFilesOfTheirUniversityAndNoneOfAnother() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        String b = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber ofA = submitted(a);
        AdmissionNumber ofB = submitted(b);

        String queue = page("/staff/admissions", staff.registrar(a));

        assertThat(queue).contains(ofA.value(), "Foreign national", "Submitted").doesNotContain(ofB.value());
        assertThat(queue).as("the nationality by its name, not its code").contains("<td>Germany</td>")
                .doesNotContain("<td>DE</td>");
        assertThat(page("/staff/admissions/" + ofA.value(), staff.registrar(a))).contains("Germany");
        mvc.perform(get("/staff/admissions/" + ofB.value()).with(TestStaff.signedIn(staff.registrar(a))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCommitteeMemberSeesAFileOnlyOnceTheRegistrarHasForwardedIt() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = submitted(a);
        StaffPrincipal member = staff.committeeMember(a);
        mvc.perform(get("/staff/admissions/" + number.value()).with(TestStaff.signedIn(member)))
                .andExpect(status().isNotFound());

        StaffPrincipal registrar = staff.registrar(a);
        mvc.perform(post("/staff/admissions/" + number.value() + "/forward").with(TestStaff.signedIn(registrar))
                .with(csrf())).andExpect(redirectedUrl("/staff/admissions/" + number.value()));

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.IN_EVALUATION);
        assertThat(page("/staff/admissions/" + number.value(), member)).contains("In evaluation", "registrar-");
        mvc.perform(post("/staff/admissions/" + number.value() + "/forward").with(TestStaff.signedIn(member))
                .with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aCommitteeMemberOfUniversityASeesNothingOfUniversityB() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        String b = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber ofB = submitted(b);
        desk.forward(ofB, AdmissionActor.staff("registrar.b"));

        assertThat(page("/staff/admissions", staff.committeeMember(a))).doesNotContain(ofB.value());
        mvc.perform(get("/staff/admissions/" + ofB.value()).with(TestStaff.signedIn(staff.committeeMember(a))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDeanSeesOnlyTheProgrammesOfTheirFaculties() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = submitted(a);
        desk.forward(number, AdmissionActor.staff("registrar.a"));

        assertThat(page("/staff/admissions", staff.dean(a, "SCIENCES"))).contains(number.value());
        assertThat(page("/staff/admissions", staff.dean(a, "MEDICINE"))).doesNotContain(number.value());
    }

    @Test
    void everyViewAndTheForwardingAreInTheAuditTrail() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = submitted(a);
        StaffPrincipal registrar = staff.registrar(a);

        page("/staff/admissions", registrar);
        page("/staff/admissions/" + number.value(), registrar);
        mvc.perform(post("/staff/admissions/" + number.value() + "/forward").with(TestStaff.signedIn(registrar))
                .with(csrf()));

        List<RecordedAuditEvent> events = audit.bySubject("admission:" + number.value(), 10);
        assertThat(events).allSatisfy(e -> assertThat(e.actor()).isEqualTo(AuditActor.staff(registrar.username())));
        assertThat(events).extracting(e -> e.action() + " " + e.details().getOrDefault("view", ""))
                .contains("PERSONAL_DATA_VIEWED admission-queue", "PERSONAL_DATA_VIEWED admission-file",
                        "ADMISSION_FORWARDED ");
    }

    @Test
    void aRegistrarClosesAnIneligibleFileWithTheDirectivesRefusalGroundAndItsCitation() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = submitted(a);
        StaffPrincipal registrar = staff.registrar(a);

        mvc.perform(post("/staff/admissions/" + number.value() + "/close").with(TestStaff.signedIn(registrar))
                .with(csrf()).param("refusal", "TR_SCHOOLED_IN_TURKIYE"))
                .andExpect(redirectedUrl("/staff/admissions/" + number.value()));

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.CLOSED_INELIGIBLE);
        assertThat(applications.history(number).getLast().ground()).isEqualTo("TR_SCHOOLED_IN_TURKIYE");
        assertThat(page("/staff/admissions/" + number.value(), registrar))
                .contains("Closed: not eligible", "section 7.2.2.2").doesNotContain("TR_SCHOOLED_IN_TURKIYE<");
    }

    @Test
    void aClosureWithoutAKnownRefusalGroundIsRefusedAndChangesNothing() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = submitted(a);

        mvc.perform(post("/staff/admissions/" + number.value() + "/close").with(TestStaff.signedIn(staff.registrar(a)))
                .with(csrf()).param("refusal", "MADE_UP")).andExpect(status().isBadRequest());

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.SUBMITTED);
    }

    AdmissionNumber forwarded(String university) {
        AdmissionNumber number = submitted(university);
        desk.forward(number, AdmissionActor.staff("registrar.x"));
        return number;
    }

    org.springframework.test.web.servlet.ResultActions decide(StaffPrincipal by, AdmissionNumber number,
            String outcome, String partner, String ground) throws Exception {
        var request = post("/staff/admissions/" + number.value() + "/decide").with(TestStaff.signedIn(by))
                .with(csrf()).param("outcome", outcome).param("partner", partner);
        return mvc.perform(ground == null ? request : request.param("ground", ground));
    }

    @Test
    void aCommitteeMemberAndTheDeanOfTheProgrammesFacultyAdmitTogetherAndBothAreRecorded() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = forwarded(a);
        StaffPrincipal member = staff.committeeMember(a);
        StaffPrincipal dean = staff.dean(a, "SCIENCES");

        decide(member, number, "ADMIT", dean.username(), null)
                .andExpect(redirectedUrl("/staff/admissions/" + number.value()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("done", "admissions.desk.decided"));

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.ADMITTED);
        assertThat(applications.history(number).getLast().reason()).contains(member.username(), dean.username());
        assertThat(audit.bySubject("admission:" + number.value(), 5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ADMISSION_DECIDED");
            assertThat(e.details()).containsEntry("dean", dean.username());
        });
    }

    @Test
    void aDeanOfAnotherFacultyOrUniversityCannotBeTheSecondPerson() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        String b = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = forwarded(a);
        StaffPrincipal member = staff.committeeMember(a);

        decide(member, number, "ADMIT", staff.dean(a, "MEDICINE").username(), null)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", "admissions.desk.decide.error.partner"));
        decide(member, number, "ADMIT", staff.dean(b, "SCIENCES").username(), null)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", "admissions.desk.decide.error.partner"));

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.IN_EVALUATION);
    }

    @Test
    void aDeanRejectsWithACommitteeMemberOnACitedGround() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = forwarded(a);
        StaffPrincipal dean = staff.dean(a, "SCIENCES");

        decide(dean, number, "REJECT", staff.committeeMember(a).username(), null)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", "admissions.desk.decide.error.GROUND_REQUIRED"));
        decide(dean, number, "REJECT", staff.committeeMember(a).username(), "NO_QUALIFYING_EXAM");

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.REJECTED);
        assertThat(page("/staff/admissions/" + number.value(), dean)).contains("Rejected", "section 7.3");
    }

    @Test
    void anAdmissionBeyondTheQuotaIsRefusedWithTheReasonOnThePage() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {1});
        AdmissionNumber first = forwarded(a);
        AdmissionNumber second = forwarded(a);
        StaffPrincipal member = staff.committeeMember(a);
        String dean = staff.dean(a, "SCIENCES").username();
        decide(member, first, "ADMIT", dean, null);

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/staff/admissions/" + second.value() + "/decide").with(TestStaff.signedIn(member))
                        .with(csrf()).param("outcome", "ADMIT").param("partner", dean))
                .andReturn().getFlashMap().get("error").toString();

        assertThat(page).isEqualTo("admissions.desk.decide.error.QUOTA_FULL");
        assertThat(applications.find(second).orElseThrow().state()).isEqualTo(AdmissionState.IN_EVALUATION);
    }

    @Test
    void aCommitteeMemberRequestsAnInterviewThenRecordsIt() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = forwarded(a);
        StaffPrincipal member = staff.committeeMember(a);

        assertThat(page("/staff/admissions/" + number.value(), member)).contains("Ask for the interview");
        mvc.perform(post("/staff/admissions/" + number.value() + "/interview").with(TestStaff.signedIn(member))
                .with(csrf()).param("step", "request").param("note", "by phone on Monday"));
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.INTERVIEW_REQUESTED);
        mvc.perform(post("/staff/admissions/" + number.value() + "/interview").with(TestStaff.signedIn(member))
                .with(csrf()).param("step", "record").param("note", " "));
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.INTERVIEW_REQUESTED);
        mvc.perform(post("/staff/admissions/" + number.value() + "/interview").with(TestStaff.signedIn(member))
                .with(csrf()).param("step", "record").param("note", "motivated, fluent English"));

        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.IN_EVALUATION);
        assertThat(page("/staff/admissions/" + number.value(), member))
                .contains("by phone on Monday", "motivated, fluent English");
    }

    @Test
    void officersAndOfficesCannotOpenTheDesk() throws Exception {
        mvc.perform(get("/staff/admissions").with(TestStaff.signedIn(staff.officer(new ProvinceCode("16")))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/admissions").with(TestStaff.signedIn(staff.universityOffice("Koç University"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theQueueFiltersByStateSearchesByNumberAndIgnoresUnknownFilters() throws Exception {
        String a = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber first = submitted(a);
        AdmissionNumber second = submitted(a);
        desk.forward(second, AdmissionActor.staff("registrar.a"));
        StaffPrincipal registrar = staff.registrar(a);

        assertThat(page("/staff/admissions?state=IN_EVALUATION", registrar)).contains(second.value())
                .doesNotContain(first.value());
        assertThat(page("/staff/admissions?q=" + first.value(), registrar)).contains(first.value())
                .doesNotContain(second.value());
        assertThat(page("/staff/admissions?state=NOT_A_STATE&nationality=%25&programme=NONE", registrar))
                .contains(first.value(), second.value());
        assertThat(page("/staff/admissions?q=%25", registrar)).doesNotContain(first.value());
        assertThat(page("/staff/admissions?nationality=DE", registrar)).contains(first.value(), second.value())
                .contains("<option value=\"DE\" selected=\"selected\">Germany</option>");
        assertThat(page("/staff/admissions?nationality=FR", registrar)).doesNotContain(first.value());
    }
}
