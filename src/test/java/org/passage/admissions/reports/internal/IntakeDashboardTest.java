package org.passage.admissions.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard of an intake: figures per programme as a chart and a table, the university's own only. */
@PassageIntegrationTest
class IntakeDashboardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AdmissionDesk desk;

    String path(String university) {
        return "/staff/admissions/reports/intakes/" + university + "/" + AdmissionFiles.INTAKE;
    }

    String page(StaffPrincipal by, String university, String lang) throws Exception {
        return mvc.perform(get(path(university)).with(TestStaff.signedIn(by)).header("Accept-Language", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDashboardCountsEachStageAndTheQuotaFilledInTheChartAndTheTable() throws Exception {
        String u = files.university();
        files.forwarded(u, "PHYSICS");
        files.admitted(u, "Admitted Only");
        desk.enrol(files.accepted(u, "Enrolled One"), AdmissionActor.staff("registrar.test"), "S-1");

        String page = page(staff.registrar(u), u, "en");

        // PHYSICS, 5 places: 3 applications, 3 eligible, 2 admitted, 1 accepted, 1 enrolled, 2 held = 40 %
        assertThat(page).contains("Dashboard: Fall term 2027–2028", "<svg", "role=\"img\"",
                "aria-labelledby=\"chart-title chart-desc\"", "<title id=\"chart-title\">", "<desc id=\"chart-desc\">",
                "Applications: 3", "Eligible: 3", "Admitted: 2", "Accepted: 1", "Enrolled: 1")
                .doesNotContain("<script");
        String physics = page.substring(page.indexOf("<th scope=\"row\">Physics</th>"));
        assertThat(physics.substring(0, physics.indexOf("</tr>")).replaceAll("\\s+", ""))
                .isEqualTo("<thscope=\"row\">Physics</th><td>5</td><td>3</td><td>3</td><td>2</td><td>1</td><td>1</td>"
                        + "<td>2</td><tdclass=\"nowrap\">40%</td>");
        assertThat(page).contains("<th scope=\"row\">Germany</th>");
        assertThat(page(staff.registrar(u), u, "tr")).contains("Almanya", "%40", "Kaydolan");
        assertThat(page(staff.registrar(u), u, "de")).contains("Übersicht: Wintersemester 2027–2028", "Deutschland");
    }

    @Test
    void anotherUniversitysStaffGetNotFoundAndOtherRolesAreRefused() throws Exception {
        String a = files.university();
        String b = files.university();
        files.forwarded(a, "PHYSICS");

        mvc.perform(get(path(a)).with(TestStaff.signedIn(staff.registrar(b)))).andExpect(status().isNotFound());
        mvc.perform(get(path(a)).with(TestStaff.signedIn(staff.universityAdmin(b)))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/admissions/reports/intakes/" + a + "/2099-FALL")
                .with(TestStaff.signedIn(staff.registrar(a)))).andExpect(status().isNotFound());
        mvc.perform(get(path(a)).with(TestStaff.signedIn(staff.committeeMember(a)))).andExpect(status().isForbidden());
        mvc.perform(get(path(a))).andExpect(status().is3xxRedirection());
    }
}
