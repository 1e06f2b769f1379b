package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PassageIntegrationTest
class SecurityBaselineIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesSendAContentSecurityPolicyWithoutInlineScriptsOrStyles() throws Exception {
        MvcResult result = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
        String policy = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "object-src 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void pagesForbidFramingAndSniffing() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverTls() throws Exception {
        mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/").secure(true)).andExpect(header().exists("Strict-Transport-Security"));
    }

    @Test
    void apiResponsesCarryTheSecurityHeadersToo() throws Exception {
        mvc.perform(get("/api/no/such/thing"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/").param("anything", "x")).andExpect(status().isForbidden());
    }

    @Test
    void aFormPostWithCsrfTokenGetsPastTheCsrfCheck() throws Exception {
        int status = mvc.perform(post("/").param("anything", "x").with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).isNotEqualTo(403);
    }

    @Test
    void theApiNeedsNoCsrfTokenAndCreatesNoSession() throws Exception {
        MvcResult result = mvc.perform(post("/api/test/applications").contentType("application/json").content("""
                {"applicant": {"name": "Ada", "birthDate": "1990-05-17"}, "kind": "STUDENT", "count": 1}"""))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }
}
