package org.passage.residence.web;

import static org.passage.residence.TestApplications.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
    @Autowired
    org.passage.residence.application.ApplicationJourney journey;

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

    @Test
    void anExtensionStartedByTheSignedInHolderHasItsFormFilledInFromTheEarlierApplicationAndPermit()
            throws Exception {
        ApplicationNumber number = applications.underReview(new ProvinceCode("16"));
        LocalDate until = LocalDate.now().plusMonths(6);
        reviews.approve(number, LocalDate.now(), until, "one semester", Actor.staff("officer"));
        var earlier = journey.load(number);
        // The form token is bound to the session that was shown the form: the post goes back in it.
        var shown = mvc.perform(get("/residence/apply/extension").with(signedIn(number))).andReturn().getResponse();
        String page = shown.getContentAsString();
        jakarta.servlet.http.Cookie session = shown.getCookie("SESSION");
        org.assertj.core.api.Assertions.assertThat(session).as("the form's session").isNotNull();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"")
                .matcher(page);
        org.assertj.core.api.Assertions.assertThat(token.find()).isTrue();

        mvc.perform(post("/residence/apply/extension").cookie(session).with(signedIn(number)).with(csrf())
                        .with(r -> { r.setRemoteAddr("10.14.10." + (int) (Math.random() * 200 + 1)); return r; })
                        .param("formToken", token.group(1))
                        .param("givenNames", earlier.identity().givenNames())
                        .param("surname", earlier.identity().surname())
                        .param("birthDate-day", String.valueOf(earlier.identity().birthDate().getDayOfMonth()))
                        .param("birthDate-month", String.valueOf(earlier.identity().birthDate().getMonthValue()))
                        .param("birthDate-year", String.valueOf(earlier.identity().birthDate().getYear()))
                        .param("nationality", earlier.identity().nationality())
                        .param("passportNumber", earlier.identity().passportNumber().value())
                        .param("passportExpiry-day", "1").param("passportExpiry-month", "1")
                        .param("passportExpiry-year", String.valueOf(LocalDate.now().getYear() + 4))
                        .param("email", earlier.contact().email()).param("mobile", "0532 123 45 67")
                        .param("currentPermitType", "STUDENT")
                        .param("currentPermitValidUntil-day", String.valueOf(until.getDayOfMonth()))
                        .param("currentPermitValidUntil-month", String.valueOf(until.getMonthValue()))
                        .param("currentPermitValidUntil-year", String.valueOf(until.getYear())))
                .andExpect(status().is3xxRedirection());

        ApplicationNumber extension = journey.applicationsOfTheSamePassport(number).getFirst().number();
        org.assertj.core.api.Assertions.assertThat(extension).isNotEqualTo(number);
        org.assertj.core.api.Assertions.assertThat(journey.load(extension).answers())
                .containsEntry("applicationKind", "EXTENSION")
                .containsEntry("permitType", "STUDENT")
                .containsEntry("studyLevel", "BACHELOR")
                .containsEntry("currentPermitType", "STUDENT")
                .doesNotContainKey("shareWithUniversity");
    }
}
