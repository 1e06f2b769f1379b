package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.identity.ApiTokens;
import org.passage.identity.CodeSubject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The applicant's API gives each person's fee and the file's papers, for their own file only. */
@PassageIntegrationTest
class VisaFilePapersApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    ApiTokens tokens;

    String bearer(String email) {
        return "Bearer " + tokens.issue(new CodeSubject(VisaSignIns.PURPOSE + ":" + email), Duration.ofHours(1))
                .token();
    }

    @Test
    void theFileGivesEachPersonsFeeAndItsCoverSheetButNotAnothersOrAReceiptBeforePayment() throws Exception {
        String email = VisaFiling.newEmail();
        UUID mine = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        UUID theirs = filing.file(VisaFiling.newEmail(), desk.today().minusMonths(1), new BigDecimal("12000"));
        String bearer = bearer(email);

        mvc.perform(get("/api/v1/visa/files/" + mine).header("Authorization", bearer).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fees.length()").value(2))
                .andExpect(jsonPath("$.fees[1].person").value("Your spouse"))
                .andExpect(jsonPath("$.fees[1].amountEur").value(75.0))
                .andExpect(jsonPath("$.totalFeesEur").value(150.0));
        byte[] pdf = mvc.perform(get("/api/v1/visa/files/" + mine + "/cover.pdf").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(VisaFilePdfIntegrationTest.text(pdf)).contains(desk.own(email, mine).number());
        mvc.perform(get("/api/v1/visa/files/" + theirs + "/cover.pdf").header("Authorization", bearer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/visa/files/" + mine + "/receipt.pdf").header("Authorization", bearer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/visa/files/" + mine + "/cover.pdf")).andExpect(status().isUnauthorized());
    }
}
