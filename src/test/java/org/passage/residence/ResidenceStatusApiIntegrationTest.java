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
class ResidenceStatusApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications testApplications;
    @Autowired
    ResidenceApplications applications;
    @Autowired
    ResidenceProperties properties;

    @Test
    void theRightNumberAndPassportShowTheState() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("06"));
        String passport = applications.find(number).orElseThrow().passportNumber().value();
        mvc.perform(lookup(number.formatted(), passport, randomAddress()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicationNumber").value(number.formatted()))
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.permitType").value("STUDENT"));
    }

    @Test
    void aWrongPassportAndAnUnknownNumberGetTheSameAnswer() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("06"));
        MvcResult wrongPassport = mvc.perform(lookup(number.formatted(), "X9999999", randomAddress()))
                .andExpect(status().isNotFound()).andReturn();
        MvcResult unknown = mvc.perform(lookup(ApplicationNumber.random().formatted(), "X9999999", randomAddress()))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(wrongPassport.getResponse().getContentAsString())
                .isEqualTo(unknown.getResponse().getContentAsString());
    }

    @Test
    void guessingNumbersIsRateLimited() throws Exception {
        String address = "10.8." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < properties.lookupsPerAddressPerHour(); i++) {
            mvc.perform(lookup(ApplicationNumber.random().formatted(), "X9999999", address))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(lookup(ApplicationNumber.random().formatted(), "X9999999", address))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void malformedNumbersAreA400ProblemNamingTheField() throws Exception {
        mvc.perform(lookup("not-a-number", "X9999999", randomAddress()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicationNumber"));
        mvc.perform(post("/api/v1/residence/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationNumber\": 12, \"passportNumber\": [1]}"))
                .andExpect(status().isBadRequest());
    }

    private static String randomAddress() {
        return "10.6." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder lookup(String number,
            String passport, String address) {
        return post("/api/v1/residence/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationNumber\": \"" + number + "\", \"passportNumber\": \"" + passport + "\"}")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
