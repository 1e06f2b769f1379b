package org.passage.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PassageIntegrationTest
class ResidenceStatusApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications testApplications;
    @Autowired
    ResidenceApplications applications;

    @Test
    void theRightNumberAndPassportShowTheState() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("06"));
        String passport = applications.find(number).orElseThrow().passportNumber().value();
        mvc.perform(status(number.formatted(), passport, "10.7.0.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicationNumber").value(number.formatted()))
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.permitType").value("STUDENT"));
    }

    @Test
    void aWrongPassportAndAnUnknownNumberGetTheSameAnswer() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("06"));
        MvcResult wrongPassport = mvc.perform(status(number.formatted(), "X9999999", "10.7.0.2"))
                .andExpect(status().isNotFound()).andReturn();
        MvcResult unknown = mvc.perform(status(ApplicationNumber.random().formatted(), "X9999999", "10.7.0.2"))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(wrongPassport.getResponse().getContentAsString())
                .isEqualTo(unknown.getResponse().getContentAsString());
    }

    @Test
    void guessingNumbersIsRateLimited() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(status(ApplicationNumber.random().formatted(), "X9999999", "10.7.0.3"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(status(ApplicationNumber.random().formatted(), "X9999999", "10.7.0.3"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void malformedNumbersAreA400ProblemNamingTheField() throws Exception {
        mvc.perform(status("not-a-number", "X9999999", "10.7.0.4"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicationNumber"));
        mvc.perform(post("/api/v1/residence/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationNumber\": 12, \"passportNumber\": [1]}"))
                .andExpect(status().isBadRequest());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder status(String number,
            String passport, String address) {
        return post("/api/v1/residence/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationNumber\": \"" + number + "\", \"passportNumber\": \"" + passport + "\"}")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
