package org.passage.staff;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passage.staff.TestStaff.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator reaches every administration page from the staff home, and each carries the staff bar. */
@PassageIntegrationTest
class StaffNavigationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;

    @Test
    void theAdministratorsHomeLinksToCapacityFeesAndTheDevelopmentMailbox() throws Exception {
        mvc.perform(get("/staff").with(signedIn(staff.admin())).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/admin/capacity\""),
                        containsString("href=\"/admin/parameters\""), containsString("href=\"/admin/dev-mailbox\""))));
    }

    @Test
    void anOfficerIsNotOfferedTheAdministrationPages() throws Exception {
        mvc.perform(get("/staff").with(signedIn(staff.officer(new ProvinceCode("16")))))
                .andExpect(content().string(allOf(not(containsString("href=\"/admin/capacity\"")),
                        not(containsString("href=\"/admin/dev-mailbox\"")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/capacity", "/admin/capacity/16", "/admin/parameters", "/admin/dev-mailbox"})
    void everyAdministrationPageCarriesTheStaffBar(String page) throws Exception {
        mvc.perform(get(page).with(signedIn(staff.admin())).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"staff-bar\""),
                        containsString("href=\"/staff\""), containsString("href=\"/admin/audit\""))));
    }
}
