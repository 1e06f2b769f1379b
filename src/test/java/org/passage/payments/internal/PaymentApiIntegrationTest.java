package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.passage.residence.api.internal.ApplicationTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class PaymentApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    AccrualService accrualService;
    @Autowired
    ApplicationTokens tokens;

    @Test
    void anApplicantReadsTheAccrualPaysThroughTheProviderAndCannotPayTwice() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        String token = tokens.issue(number);
        String path = "/api/v1/residence/applications/" + number.formatted() + "/payment";
        mvc.perform(get(path).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accrualNumber").value(accrualService.current(number).orElseThrow().number()
                        .formatted()))
                .andExpect(jsonPath("$.lines[0].item").value("CARD_FEE"))
                .andExpect(jsonPath("$.lines[0].source").value("OFFICIAL"))
                .andExpect(jsonPath("$.totalTry").value(964.00))
                .andExpect(jsonPath("$.paid").value(false));

        String started = mvc.perform(post(path).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String simulator = URI.create(JsonPath.read(started, "$.redirectUrl")).getPath();
        assertThat(simulator).startsWith("/payments/simulator/");
        mvc.perform(post(simulator).param("cardNumber", "4111 1111 1111 1111").param("expiry", "12/39")
                        .param("securityCode", "123").with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(path).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paid").value(true));
        mvc.perform(post(path).header("Authorization", "Bearer " + token)).andExpect(status().isConflict());
    }

    @Test
    void anotherApplicantsPaymentIsNotFoundAndNobodyWithoutATokenGetsIt() throws Exception {
        ApplicationNumber mine = applications.submitStudent(ProvinceCode.ISTANBUL);
        ApplicationNumber theirs = applications.submitStudent(ProvinceCode.ISTANBUL);
        String token = tokens.issue(mine);
        String other = "/api/v1/residence/applications/" + theirs.formatted() + "/payment";
        mvc.perform(get(other).header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(post(other).header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(get(other)).andExpect(status().isUnauthorized());
        assertThat(accrualService.current(theirs).orElseThrow().paid()).isFalse();
    }

    @Test
    void aDraftHasNoAccrualYet() throws Exception {
        ApplicationNumber draft = applications.draftStudent(new ProvinceCode("26"));
        mvc.perform(get("/api/v1/residence/applications/" + draft.formatted() + "/payment")
                        .header("Authorization", "Bearer " + tokens.issue(draft)))
                .andExpect(status().isNotFound());
    }
}
