package org.passage.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PassageIntegrationTest
class AssessmentRateLimitIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RateLimitProperties properties;

    @Test
    void aClientGetsTheConfiguredNumberOfCallsThenA429ProblemWithRetryAfter() throws Exception {
        MockHttpServletResponse refused = useUpALimit();
        if (refused.getStatus() == 200) {
            // The fixed window ended while the calls were made (they take a second or so): once more, in a
            // fresh window, which cannot end again so soon.
            refused = useUpALimit();
        }

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(MediaType.parseMediaType(refused.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.getContentAsString()).contains("\"status\":429");
    }

    @Test
    void theDefaultLimitIs120CallsPerMinute() {
        assertThat(properties.assessmentsLimit()).isEqualTo(120);
        assertThat(properties.assessmentsWindow()).hasMinutes(1);
    }

    /** The configured number of calls from a client address of its own (each must pass), then one more. */
    private MockHttpServletResponse useUpALimit() throws Exception {
        String address = "test-" + UUID.randomUUID();
        RequestPostProcessor client = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        for (int call = 1; call <= properties.assessmentsLimit(); call++) {
            assertThat(mvc.perform(get("/api/v1/assessments/rate-limit-probe").with(client))
                    .andReturn().getResponse().getStatus()).as("call %d", call).isEqualTo(200);
        }
        return mvc.perform(get("/api/v1/assessments/rate-limit-probe").with(client)).andReturn().getResponse();
    }
}
