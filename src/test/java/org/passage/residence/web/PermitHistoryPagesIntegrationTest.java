package org.passage.residence.web;

import static org.passage.residence.TestApplications.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The permit Passage issued fills in a signed-in holder's extension; nobody else sees it. */
@PassageIntegrationTest
class PermitHistoryPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationReviews reviews;
    @Autowired
    ResidenceApplications residence;

    @Test
    void aHolderSignedInForTheApprovedApplicationFindsTheExtensionFilledInWithTheLatestPermit() throws Exception {
        ApplicationNumber number = applications.underReview(new ProvinceCode("16"));
        LocalDate until = LocalDate.now().plusMonths(6);
        reviews.approve(number, LocalDate.now(), until, "one semester", Actor.staff("officer"));
        String passport = residence.find(number).orElseThrow().passportNumber().value();

        mvc.perform(get("/residence/application").with(signedIn(number)))
                .andExpect(content().string(Matchers.containsString("href=\"/residence/apply/extension\"")));
        mvc.perform(get("/residence/apply/extension").with(signedIn(number)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + passport + "\"")))
                .andExpect(content().string(Matchers.matchesRegex(
                        "(?s).*value=\"STUDENT\"[^>]*checked.*")))
                .andExpect(content().string(Matchers.containsString(
                        "id=\"currentPermitValidUntil-year\" name=\"currentPermitValidUntil-year\" value=\""
                                + until.getYear() + "\"")));
    }

    @Test
    void anAnonymousVisitorGetsAnEmptyForm() throws Exception {
        mvc.perform(get("/residence/apply/extension"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.matchesRegex("(?s).*value=\"STUDENT\"[^>]*checked.*"))));
    }
}
