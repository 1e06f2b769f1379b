package org.passage.visa;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class GermanVisaAssessmentApiIntegrationTest {

    static final String MASTER = """
            {"category": "STUDY_MASTER", "applicationDate": "2026-11-21",
             "applicant": {"birthDate": "2001-02-03", "nationality": "TR", "nativeGerman": false},
             "stayDays": 730, "scholarship": {"kind": "NONE", "monthlyEur": null},
             "funding": {"kind": "BLOCKED_ACCOUNT", "amountEur": 11904}, "annualSalaryEur": null,
             "languageCertificate": {"provider": "GOETHE", "level": "B2", "issuedOn": "2026-03-01"},
             "semesterStart": "2027-04-01", "family": null, "auPair": null}""";

    @Autowired
    MockMvc mvc;

    @Test
    void theExplanationTracesEveryFiredRuleWithItsCitation() throws Exception {
        mvc.perform(post("/api/v1/assessments/german-national-visa?explain=true").contentType(MediaType.APPLICATION_JSON)
                        .content(MASTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulebook.id").value("de-national-visa"))
                .andExpect(jsonPath("$.rulebook.effectiveOn").value("2026-11-21"))
                .andExpect(jsonPath("$.trace[*].code", hasItem("SILENCE_PERIOD_APPLIES")))
                .andExpect(jsonPath("$.trace[?(@.code == 'SILENCE_PERIOD_APPLIES')].citation.source", hasItem("003")));
    }

    @Test
    void withoutExplainThereIsNoTrace() throws Exception {
        mvc.perform(post("/api/v1/assessments/german-national-visa").contentType(MediaType.APPLICATION_JSON).content(MASTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(jsonPath("$.visaType").value("NATIONAL"))
                .andExpect(jsonPath("$.timeline.latestSafeApplicationDate").value("2027-03-04"));
    }

    @Test
    void titlesAndMessagesFollowAcceptLanguageWhileCodesStay() throws Exception {
        mvc.perform(post("/api/v1/assessments/german-national-visa").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "tr").content(MASTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents[?(@.code == 'PASSPORT')].title", hasItem("Geçerli pasaport")));
        mvc.perform(post("/api/v1/assessments/german-national-visa").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "de").content(MASTER))
                .andExpect(jsonPath("$.documents[?(@.code == 'PASSPORT')].title", hasItem("Gültiger Reisepass")));
    }

    @Test
    void anUnknownCodeIsAProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/assessments/german-national-visa").contentType(MediaType.APPLICATION_JSON)
                        .content(MASTER.replace("STUDY_MASTER", "TOURISM")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("category")));
    }

    @Test
    void theVocabularyListsTheVisaCategoriesAndFindings() throws Exception {
        mvc.perform(get("/api/v1/vocabulary").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulebooks[?(@.id == 'de-national-visa')].vocabulary.category[*].code",
                        hasItem("STUDY_MASTER")))
                .andExpect(jsonPath("$.rulebooks[?(@.id == 'de-national-visa')].findings[*].code",
                        hasItem("SPOUSE_A1_TOO_OLD")))
                .andExpect(jsonPath("$.rulebooks[?(@.id == 'de-national-visa')].title", hasItem(startsWith("Nationales Visum"))));
    }
}
