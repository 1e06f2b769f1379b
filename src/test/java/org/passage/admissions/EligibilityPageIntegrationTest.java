package org.passage.admissions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The candidate's eligibility checker works as a plain HTML form, in every language. */
@PassageIntegrationTest
class EligibilityPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder germanSchooledTurk(String language) {
        return turk(language, "DE", "ALL", "2024-06-20");
    }

    static MockHttpServletRequestBuilder turk(String language, String schoolCountry, String yearsAbroad, String examDate) {
        return post("/admission/eligibility").with(csrf()).header("Accept-Language", language)
                .param("programme", "MEDICINE").param("foreignQuota", "YES")
                .param("citizenship1", "TR").param("citizenship2", "DE").param("firstCitizenshipByBirth", "TR")
                .param("status", "GRADUATED").param("schoolCountry", schoolCountry).param("schoolType", "REGULAR")
                .param("secondaryStartedOn", "2015-09-01").param("yearsAbroad", yearsAbroad)
                .param("exams[0].code", "ABITUR").param("exams[0].score", "1,4").param("exams[0].takenOn", examDate);
    }

    @ParameterizedTest
    @CsvSource({"tr, Yurt dışından öğrenci olarak başvurabilir miyim?", "en, Can I apply as a student from abroad?",
            "de, Kann ich mich als Studierende oder Studierender aus dem Ausland bewerben?"})
    void theFormIsShownInEachLanguage(String language, String heading) throws Exception {
        mvc.perform(get("/admission/eligibility?lang=" + language))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(heading), containsString("lang=\"" + language + "\""),
                        not(containsString("??")))));
    }

    @Test
    void aCandidateSchooledAbroadSeesTheBasisAndTheQualifyingExam() throws Exception {
        mvc.perform(germanSchooledTurk("en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You may apply"),
                        containsString("Turkish citizen who completed secondary school abroad"),
                        containsString("Exams that meet the minimum: Abitur (Germany)"))));
    }

    @Test
    void aRefusedCandidateSeesWhyWithTheSectionOfTheDirective() throws Exception {
        mvc.perform(turk("de", "TR", "NONE", "2024-06-20"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sie können sich noch nicht bewerben"),
                        containsString("Abschnitt 7.2.2.2"))));
    }

    @Test
    void anEmptyFormShowsTheErrorSummaryLinkingToEachField() throws Exception {
        mvc.perform(post("/admission/eligibility").with(csrf()).header("Accept-Language", "tr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bir sorun var"),
                        containsString("href=\"#programme\""), containsString("href=\"#citizenship1\""),
                        containsString("href=\"#secondaryStartedOn\""), not(containsString("id=\"result\"")))));
    }

    @Test
    void anExamWithoutADateIsAnErrorOnThatExam() throws Exception {
        mvc.perform(turk("en", "DE", "ALL", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#exam-0-takenOn\""),
                        containsString("Enter the date you took exam 1"))));
    }

    @Test
    void aPostWithoutTheFormTokenIsRefused() throws Exception {
        mvc.perform(post("/admission/eligibility").param("programme", "LAW"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCountriesAreTheLocalizedListOfEveryFormWithKosovoAndNorthernCyprus() throws Exception {
        mvc.perform(get("/admission/eligibility?lang=de"))
                .andExpect(content().string(allOf(containsString("<option value=\"DE\">Deutschland</option>"),
                        containsString("<option value=\"XK\">"), containsString("<option value=\"CY-TRNC\">"))));
    }

    @Test
    void aScoreWrittenWithATurkishDecimalCommaIsRead() throws Exception {
        mvc.perform(turk("tr", "DE", "ALL", "2024-06-20"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("href=\"#exam-0-score\"")),
                        containsString("id=\"result\""))));
    }
}
