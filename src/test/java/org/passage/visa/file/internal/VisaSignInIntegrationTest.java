package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The applicant answers the checklist, saves it, signs in by a code sent by e-mail and lands on the new file. */
@PassageIntegrationTest
class VisaSignInIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** The session lives in the database: like a browser, send back the cookies each answer sets. */
    final List<Cookie> cookies = new ArrayList<>();

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr("127.0.0.191");
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.toArray(Cookie[]::new));
        }
        ResultActions result = mvc.perform(request);
        for (Cookie c : result.andReturn().getResponse().getCookies()) {
            cookies.removeIf(old -> old.getName().equals(c.getName()));
            cookies.add(c);
        }
        return result;
    }

    private void answer(String step, String... fields) throws Exception {
        MockHttpServletRequestBuilder b = post("/visa/checklist/" + step + "?lang=en").with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            b.param(fields[i], fields[i + 1]);
        }
        perform(b).andExpect(status().is3xxRedirection());
    }

    @Test
    void theChecklistIsSavedAsAFileAfterSigningInWithTheCodeFromTheEmail() throws Exception {
        String email = VisaFiling.newEmail();
        answer("category", "category", "STUDY_MASTER");
        answer("applicant", "birthDate-day", "3", "birthDate-month", "2", "birthDate-year", "2001",
                "nationality", "tr", "nativeGerman", "no");
        answer("stay", "stayDays", "730");
        answer("language", "hasCertificate", "yes", "certificateProvider", "GOETHE", "certificateLevel", "B2");
        answer("funding", "fundingKind", "BLOCKED_ACCOUNT", "fundingAmount", "11904");
        answer("semester", "semesterStart-day", "1", "semesterStart-month", "4", "semesterStart-year", "2099");
        answer("family", "spouseTravelling", "yes");
        answer("spouse-language", "spouseA1Provider", "GOETHE", "spouseA1Issued-day", "1",
                "spouseA1Issued-month", "11", "spouseA1Issued-year", "2026", "spouseA1Exception", "NONE");
        perform(get("/visa/checklist/result?lang=en")).andExpect(content().string(containsString("save-file")));

        perform(post("/visa/file/new").with(csrf())).andExpect(redirectedUrl("/visa/file/sign-in"));
        perform(post("/visa/file/sign-in?lang=en").param("email", "not an address").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an e-mail address")));
        perform(post("/visa/file/sign-in").param("email", email).with(csrf()))
                .andExpect(redirectedUrl("/visa/file/sign-in/code"));
        perform(post("/visa/file/sign-in/code?lang=en").param("code", "000000").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The code is wrong")));
        String code = code(TestMailbox.awaitMessageTo(email).text());

        perform(post("/visa/file/sign-in/code").param("code", code).with(csrf()))
                .andExpect(redirectedUrlPattern("/visa/file/*"));
        assertThat(jdbc.sql("SELECT category FROM visa_file WHERE email = ?").param(email).query(String.class).list())
                .containsExactly("STUDY_MASTER");
        perform(get("/visa/file?lang=de")).andExpect(content().string(containsString("Ihre Visumakten")));
    }

    @Test
    void pagesOfTheFileSendAnApplicantWithoutSessionToTheSignIn() throws Exception {
        perform(get("/visa/file")).andExpect(redirectedUrl("/visa/file/sign-in"));
        perform(get("/visa/file/sign-in/code")).andExpect(redirectedUrl("/visa/file/sign-in"));
        perform(get("/visa/file/sign-in?lang=tr")).andExpect(content().string(containsString("Vize dosyanıza giriş yapın")));
    }

    private static String code(String mail) {
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(mail);
        assertThat(m.find()).as("a code in %s", mail).isTrue();
        return m.group(1);
    }
}
