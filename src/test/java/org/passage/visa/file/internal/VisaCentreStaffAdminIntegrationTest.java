package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator binds a counter account to its centres; nobody else can. */
@PassageIntegrationTest
class VisaCentreStaffAdminIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    VisaCentreStaff centreStaff;

    @Test
    void anAdministratorBindsACounterAccountToCentresAndUnbindsIt() throws Exception {
        StaffPrincipal clerk = staff.visaCentre();
        RequestPostProcessor admin = TestStaff.signedIn(staff.admin());
        String page = VisaCentreStaffController.PAGE;

        for (String language : List.of("tr", "en", "de")) {
            mvc.perform(get(page + "?lang=" + language).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("account-" + clerk.username())));
        }
        mvc.perform(post(page + "/" + clerk.username()).param("centre", "ANK", "IZM", "ANK").with(admin).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(centreStaff.of(clerk.username()).centres()).isEqualTo(Set.of("ANK", "IZM"));
        mvc.perform(get(page + "?lang=en").with(admin))
                .andExpect(content().string(containsString("Sees only the centres ticked.")));

        mvc.perform(post(page + "/" + clerk.username()).param("centre", "XYZ").with(admin).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(centreStaff.of(clerk.username()).centres()).isEqualTo(Set.of("ANK", "IZM"));

        mvc.perform(post(page + "/" + clerk.username()).with(admin).with(csrf())).andExpect(redirectedUrl(page));
        assertThat(centreStaff.of(clerk.username()).everyCentre()).isTrue();
    }

    @Test
    void onlyAnAdministratorBindsAndOnlyCounterAccountsCanBeBound() throws Exception {
        StaffPrincipal clerk = staff.visaCentre();
        StaffPrincipal consulate = staff.consulate();
        String page = VisaCentreStaffController.PAGE;

        mvc.perform(get(page).with(TestStaff.signedIn(clerk))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + clerk.username()).param("centre", "IST").with(TestStaff.signedIn(clerk))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + consulate.username()).param("centre", "IST")
                .with(TestStaff.signedIn(staff.admin())).with(csrf())).andExpect(status().isNotFound());
        assertThat(centreStaff.of(clerk.username()).everyCentre()).isTrue();
    }

    @Test
    void theAdministratorsHomeLinksToTheCentreBindingAndACounterAccountsHomeDoesNot() throws Exception {
        mvc.perform(get(org.passage.staff.StaffSignIn.HOME + "?lang=en").with(TestStaff.signedIn(staff.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/visa/centres\"")))
                .andExpect(content().string(containsString("Bind counter accounts to centres")));
        mvc.perform(get(org.passage.staff.StaffSignIn.HOME + "?lang=en").with(TestStaff.signedIn(staff.visaCentre())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/visa/centres"))));
    }
}
