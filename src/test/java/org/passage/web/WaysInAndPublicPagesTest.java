package org.passage.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A newcomer finds the online application, and every page leads to privacy, accessibility and help. */
@PassageIntegrationTest
class WaysInAndPublicPagesTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/residence/checklist"})
    void theHomePageAndTheChecklistsStartLinkToApplyingContinuingAndTheStatus(String page) throws Exception {
        mvc.perform(get(page).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/residence/apply\""),
                        containsString("href=\"/residence/continue\""), containsString("href=\"/residence/status\""),
                        containsString("Apply online for a residence permit"))));
    }

    @ParameterizedTest
    @CsvSource({"en, Apply to a university", "tr, Bir üniversiteye başvurun", "de, Bei einer Universität bewerben"})
    void theHomePageLeadsToTheVisaFileTheCandidatesPagesAndThePublishedQuotas(String language, String text)
            throws Exception {
        mvc.perform(get("/").header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/visa/file\""),
                        containsString("href=\"/admission/candidate\""), containsString("href=\"/admission/quotas\""),
                        containsString(text))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/residence/status", "/staff/sign-in", "/visa/checklist"})
    void everyFooterLinksToThePublicServicePages(String page) throws Exception {
        mvc.perform(get(page).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("href=\"/privacy\""),
                        containsString("href=\"/accessibility\""), containsString("href=\"/help\""))));
    }

    @ParameterizedTest
    @CsvSource({
            "/privacy, tr, 90 gün", "/privacy, en, 90 days", "/privacy, de, 90 Tage",
            "/privacy, en, international office", "/privacy, en, KVKK art. 11",
            "/accessibility, tr, (WCAG) 2.1", "/accessibility, de, Bildschirmleser",
            "/help, en, correct your e-mail address", "/help, tr, YİMER", "/help, de, Antragsnummer"})
    void thePublicServicePagesSayWhatTheyPromiseInEachLanguage(String page, String language, String text)
            throws Exception {
        mvc.perform(get(page + "?lang=" + language))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"" + language + "\">"),
                        containsString(text))));
    }
}
