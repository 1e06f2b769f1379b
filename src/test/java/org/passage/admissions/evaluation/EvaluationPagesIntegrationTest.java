package org.passage.admissions.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The committee's score sheet and the programme ranking, through the staff pages. */
@PassageIntegrationTest
class EvaluationPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionFiles files;
    @Autowired
    Evaluations evaluations;

    void score(StaffPrincipal member, AdmissionNumber number, int exam, int documents, int interview)
            throws Exception {
        mvc.perform(post("/staff/admissions/" + number.value() + "/evaluation").with(TestStaff.signedIn(member))
                .with(csrf()).param("points-EXAM", String.valueOf(exam))
                .param("points-DOCUMENTS", String.valueOf(documents))
                .param("points-INTERVIEW", String.valueOf(interview)))
                .andExpect(redirectedUrl("/staff/admissions/" + number.value() + "/evaluation?scored"));
    }

    @Test
    void aCommitteeMemberScoresAForwardedFileAndSeesItsWeightedTotal() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.forwarded(university, "PHYSICS");
        StaffPrincipal member = staff.committeeMember(university);

        score(member, number, 80, 50, 100);

        ScoreSheet sheet = evaluations.sheet(number).orElseThrow();
        assertThat(sheet.total()).isEqualByComparingTo(new BigDecimal("78.00"));
        assertThat(sheet.points()).containsExactly(Map.entry("EXAM", 80), Map.entry("DOCUMENTS", 50),
                Map.entry("INTERVIEW", 100));
        String page = mvc.perform(get("/staff/admissions/" + number.value() + "/evaluation").param("lang", "en")
                .with(TestStaff.signedIn(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("78.00", "Exam result", member.username());
    }

    @Test
    void pointsAbove100AreRefusedWithTheCriterionNamedAndNothingIsStored() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.forwarded(university, "PHYSICS");

        String page = mvc.perform(post("/staff/admissions/" + number.value() + "/evaluation").param("lang", "en")
                .with(TestStaff.signedIn(staff.committeeMember(university))).with(csrf())
                .param("points-EXAM", "101").param("points-DOCUMENTS", "50").param("points-INTERVIEW", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Points are a whole number from 0 to 100", "Enter the points for this criterion",
                "href=\"#points-EXAM\"");
        assertThat(evaluations.sheet(number)).isEmpty();
    }

    @Test
    void aRegistrarMayReadTheSheetButNotScore() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.forwarded(university, "PHYSICS");
        StaffPrincipal registrar = staff.registrar(university);

        mvc.perform(get("/staff/admissions/" + number.value() + "/evaluation").with(TestStaff.signedIn(registrar)))
                .andExpect(status().isOk());
        mvc.perform(post("/staff/admissions/" + number.value() + "/evaluation").with(TestStaff.signedIn(registrar))
                .with(csrf()).param("points-EXAM", "50").param("points-DOCUMENTS", "50")
                .param("points-INTERVIEW", "50")).andExpect(status().isForbidden());
        assertThat(evaluations.sheet(number)).isEmpty();
    }

    @Test
    void aCommitteeMemberOfAnotherUniversityCannotOpenTheSheet() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.forwarded(university, "PHYSICS");

        mvc.perform(get("/staff/admissions/" + number.value() + "/evaluation")
                .with(TestStaff.signedIn(staff.committeeMember(files.university()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRankingPutsTheHigherTotalFirstAndBreaksATieByTheExamThenTheEarlierSubmission() throws Exception {
        String university = files.university();
        StaffPrincipal member = staff.committeeMember(university);
        AdmissionNumber even = files.forwarded(university, "PHYSICS");
        AdmissionNumber strongExam = files.forwarded(university, "PHYSICS");
        AdmissionNumber best = files.forwarded(university, "PHYSICS");
        AdmissionNumber unscored = files.forwarded(university, "PHYSICS");
        AdmissionNumber otherProgramme = files.forwarded(university, "CHEMISTRY");
        score(member, even, 70, 70, 70);        // 70.00
        score(member, strongExam, 80, 50, 60);  // 48 + 10 + 12 = 70.00, but a higher exam
        score(member, best, 90, 90, 90);        // 90.00
        score(member, otherProgramme, 100, 100, 100);

        List<RankedApplication> ranking = evaluations.ranking(university, AdmissionFiles.INTAKE, "PHYSICS");

        assertThat(ranking).extracting(RankedApplication::number).containsExactly(best, strongExam, even, unscored);
        assertThat(ranking).extracting(RankedApplication::place).containsExactly(1, 2, 3, null);
        String page = mvc.perform(get("/staff/admissions/ranking").param("lang", "en")
                .param("intake", AdmissionFiles.INTAKE).param("programme", "PHYSICS")
                .with(TestStaff.signedIn(staff.dean(university, "SCIENCES")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(best.value())).isLessThan(page.indexOf(strongExam.value()));
        assertThat(page.indexOf(strongExam.value())).isLessThan(page.indexOf(even.value()));
        assertThat(page.indexOf(even.value())).isLessThan(page.indexOf(unscored.value()));
        assertThat(page).doesNotContain(otherProgramme.value()).contains("Not scored");
    }
}
