package org.passage.staff;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who may open which staff page: the roles against the paths, through the real security chain. */
@PassageIntegrationTest
class StaffAccessMatrixIntegrationTest {

    private static final ProvinceCode BURSA = new ProvinceCode("16");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    TestApplications applications;

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/university/students", "/staff/university/students.csv",
            "/staff/officer/queue", "/admin/staff", "/admin/staff/new", "/admin/audit", "/admin/capacity"})
    void anonymousCallersAreSentToTheSignInPage(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound())
                .andExpect(redirectedUrl(StaffSignIn.SIGN_IN_PAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/staff", "/admin/staff/new", "/admin/audit", "/admin/capacity"})
    void anOfficerCannotOpenAdministrationPages(String path) throws Exception {
        mvc.perform(get(path).with(TestStaff.signedIn(staff.officer(BURSA)))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/staff", "/admin/audit", "/staff/officer/queue"})
    void aUniversityOfficeCannotOpenAdministrationOrOfficerPages(String path) throws Exception {
        mvc.perform(get(path).with(TestStaff.signedIn(staff.universityOffice("Uludağ University"))))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff/university/students", "/staff/university/students.csv"})
    void anOfficerCannotOpenTheUniversityOfficesPages(String path) throws Exception {
        mvc.perform(get(path).with(TestStaff.signedIn(staff.officer(BURSA)))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/staff", "/admin/audit", "/staff/officer/queue", "/staff/university/students"})
    void theAdmissionDesksRolesCannotOpenAdministrationOfficerOrUniversityOfficePages(String path) throws Exception {
        for (StaffPrincipal member : java.util.List.of(staff.registrar("KOC"), staff.committeeMember("KOC"),
                staff.dean("KOC", "MEDICINE"))) {
            mvc.perform(get(path).with(TestStaff.signedIn(member))).andExpect(status().isForbidden());
        }
    }

    @org.junit.jupiter.api.Test
    void theAdmissionDesksRolesOpenTheStaffHome() throws Exception {
        for (StaffPrincipal member : java.util.List.of(staff.registrar("KOC"), staff.committeeMember("KOC"),
                staff.dean("KOC", "MEDICINE"))) {
            mvc.perform(get("/staff").with(TestStaff.signedIn(member))).andExpect(status().isOk());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff/university/students", "/staff/officer/queue"})
    void anAdministratorWithoutTheRoleCannotOpenCasePages(String path) throws Exception {
        mvc.perform(get(path).with(TestStaff.signedIn(staff.admin()))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/staff", "/admin/staff/new", "/admin/audit", "/staff"})
    void anAdministratorOpensTheAdministrationPages(String path) throws Exception {
        mvc.perform(get(path).with(TestStaff.signedIn(staff.admin()))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/university/students", "/staff/officer/queue", "/admin/staff",
            "/admin/audit"})
    void aSignedInApplicantCannotOpenStaffPages(String path) throws Exception {
        ApplicationNumber number = applications.submitStudent(BURSA);

        mvc.perform(get(path).with(TestApplications.signedIn(number))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/university/students"})
    void aUniversityOfficeOpensItsPages(String path) throws Exception {
        mvc.perform(get(path).with(TestStaff.signedIn(staff.universityOffice("Uludağ University"))))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/residence/checklist"})
    void publicPagesStayOpenToEveryone(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }
}
