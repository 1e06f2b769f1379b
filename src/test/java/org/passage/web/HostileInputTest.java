package org.passage.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Input an attacker sends is a 400 naming what is wrong, never a 500. */
@PassageIntegrationTest
class HostileInputTest {

    private static final String ADMISSION = """
            {"applicationDate": "2026-11-21",
             "programme": {"code": "MEDICINE", "hasForeignQuota": true},
             "candidate": {"citizenships": ["DE"], "firstCitizenshipByBirth": "DE",
               "blueCard": false, "naturalisedTurkish": false, "trncResident": false, "gceALevel": false,
               "enrolledAbroadBetween2005And2010": false,
               "highSchool": {"status": "GRADUATED", "country": "DE", "schoolType": "REGULAR",
                              "secondaryStartedOn": "2015-09-01", "yearsAbroad": "ALL"}},
             "exams": [{"code": "SAT", "score": 1450, "takenOn": "2025-10-04"}]}""";

    @Autowired
    MockMvc mvc;

    // Each call from an address of its own, so that the suite's other assessments never rate-limit it.
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private ResultActions admission(String body) throws Exception {
        int client = CLIENTS.incrementAndGet();
        return mvc.perform(post("/api/v1/assessments/admission").contentType(MediaType.APPLICATION_JSON)
                .with(r -> {
                    r.setRemoteAddr("10.203.0." + client % 250);
                    return r;
                })
                .header("Accept-Language", "en").content(body));
    }

    @Test
    void aSessionCookieDecodingToNulBytesIsIgnoredOnPagesAndApi() throws Exception {
        String nul = Base64.getEncoder().encodeToString("\0\0\0\0".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/").cookie(new Cookie("SESSION", nul))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/vocabulary").cookie(new Cookie("SESSION", nul))).andExpect(status().isOk());
    }

    @Test
    void aDateAtTheEndOfJavasRangeIsA400NamingTheField() throws Exception {
        admission(ADMISSION.replace("\"2026-11-21\"", "\"+999999999-12-31\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("applicationDate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1900-01-01")));
        admission(ADMISSION.replace("\"2025-10-04\"", "\"-999999999-01-01\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("exams[0].takenOn"));
    }

    @Test
    void anInfiniteScoreIsA400NotAnEligibleCandidate() throws Exception {
        admission(ADMISSION.replace("1450", "1e309"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("exams[0].score"));
    }

    @Test
    void aStringForABooleanIsA400NamingTheField() throws Exception {
        admission(ADMISSION.replace("\"hasForeignQuota\": true", "\"hasForeignQuota\": \"true\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programme.hasForeignQuota"));
    }
}
