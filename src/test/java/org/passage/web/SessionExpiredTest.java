package org.passage.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A form sent after its session expired (its token gone) meets a page that says so, never a bare 403. */
@PassageIntegrationTest
class SessionExpiredTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anApplicantsFormWithoutItsTokenLeadsToTheExpiredSessionPageWithTheWayBack() throws Exception {
        mvc.perform(post("/residence/application/submit")
                        .header("Referer", "http://localhost/residence/application/check"))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/session-expired"))
                .andExpect(request().attribute(SessionExpiredHandler.BACK, "/residence/application/check"));

        mvc.perform(get("/session-expired").param("back", "/residence/application/check")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your session has expired"),
                        containsString("href=\"/residence/continue\""),
                        containsString("href=\"/residence/application/check\""))));
    }

    @Test
    void anOfficersFormLeadsBackToTheStaffSignIn() throws Exception {
        mvc.perform(post("/staff/officer/cases/ABCD/approve"))
                .andExpect(status().isForbidden())
                .andExpect(request().attribute(SessionExpiredHandler.BACK, "/staff/officer/cases/ABCD/approve"));
        mvc.perform(get("/session-expired").param("back", "/staff/officer/cases/ABCD").header("Accept-Language", "de"))
                .andExpect(content().string(allOf(containsString("Ihre Sitzung ist abgelaufen"),
                        containsString("href=\"/staff/sign-in\""))));
    }

    @Test
    void theWayBackNeverLeadsToAnotherSite() throws Exception {
        mvc.perform(post("/residence/apply/first").header("Referer", "https://evil.example/phish"))
                .andExpect(request().attribute(SessionExpiredHandler.BACK, "/residence/apply/first"));
        mvc.perform(get("/session-expired").param("back", "//evil.example/phish"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evil.example"))));
    }
}
