package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.identity.ApiTokens;
import org.passage.identity.CodeSubject;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The applicant's own files over the API: a code becomes a bearer token; another's file is a 404. */
@PassageIntegrationTest
class VisaFilesApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    ApiTokens tokens;

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr("127.0.0.192");
            return r;
        });
    }

    private String token(String email) throws Exception {
        mvc.perform(from(post("/api/v1/visa/sign-in")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(TestMailbox.awaitMessageTo(email).text());
        assertThat(code.find()).isTrue();
        mvc.perform(from(post("/api/v1/visa/sign-in/token")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"code\":\"000000\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String body = mvc.perform(from(post("/api/v1/visa/sign-in/token")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"code\":\"" + code.group(1) + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void anApplicantReadsTheirOwnFileAndNotAnothers() throws Exception {
        String email = VisaFiling.newEmail();
        UUID mine = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        UUID theirs = filing.file(VisaFiling.newEmail(), desk.today().minusMonths(1), new BigDecimal("12000"));
        String bearer = "Bearer " + token(email);

        mvc.perform(get("/api/v1/visa/files").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(mine.toString()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/visa/files/" + mine).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.items[*].code", hasItem("SPOUSE_A1_CERTIFICATE")))
                .andExpect(jsonPath("$.gaps.length()").value(org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/visa/files/" + theirs).header("Authorization", bearer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void withoutAValidTokenTheFilesAreUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/visa/files")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/visa/files").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(from(post("/api/v1/visa/sign-in")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"nope\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void aTokenOfAnotherDeskReadsNoFiles() throws Exception {
        String email = VisaFiling.newEmail();
        filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        String residenceToken = tokens.issue(new CodeSubject("residence:" + email), Duration.ofHours(1)).token();

        mvc.perform(get("/api/v1/visa/files").header("Authorization", "Bearer " + residenceToken))
                .andExpect(status().isUnauthorized());
    }
}
