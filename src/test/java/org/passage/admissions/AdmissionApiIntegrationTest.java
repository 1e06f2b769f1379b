package org.passage.admissions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/assessments/admission} as the API contract describes it, through the whole application. */
@PassageIntegrationTest
class AdmissionApiIntegrationTest {

    static final String CONTRACT_EXAMPLE = """
            {
              "applicationDate": "2026-11-21",
              "programme": {"code": "MEDICINE", "hasForeignQuota": true},
              "candidate": {
                "citizenships": ["TR", "DE"], "firstCitizenshipByBirth": "TR",
                "blueCard": false, "naturalisedTurkish": false,
                "trncResident": false, "gceALevel": false, "enrolledAbroadBetween2005And2010": false,
                "highSchool": {"status": "GRADUATED", "country": "DE", "schoolType": "REGULAR",
                               "secondaryStartedOn": "2015-09-01", "yearsAbroad": "ALL"}
              },
              "exams": [{"code": "SAT", "score": 1450, "takenOn": "2025-10-04"},
                        {"code": "ABITUR", "score": 1.7, "takenOn": "2024-06-20"}]
            }""";

    @Autowired
    MockMvc mvc;

    ResultActions assess(String json, String language) throws Exception {
        return mvc.perform(post("/api/v1/assessments/admission").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language).content(json));
    }

    @Test
    void aTurkishGermanCandidateSchooledInGermanyWithAGoodSatMayApplyToMedicine() throws Exception {
        assess(CONTRACT_EXAMPLE, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.basis").value("TR_SCHOOLED_ABROAD"))
                .andExpect(jsonPath("$.qualifyingExams[0]").value("SAT"))
                .andExpect(jsonPath("$.findings[*].code").value(org.hamcrest.Matchers.contains("EXAM_BELOW_MINIMUM")))
                .andExpect(jsonPath("$.findings[0].severity").value("INFO"))
                .andExpect(jsonPath("$.documents").isArray())
                .andExpect(jsonPath("$.deadlines").isArray())
                .andExpect(jsonPath("$.rulebook.id").value("university-admission"))
                .andExpect(jsonPath("$.rulebook.effectiveOn").value("2026-11-21"))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void aRefusalIsExplainedInTheRequestedLanguageWithItsCitation() throws Exception {
        assess(CONTRACT_EXAMPLE.replace("\"yearsAbroad\": \"ALL\"", "\"yearsAbroad\": \"NONE\"")
                .replace("\"country\": \"DE\"", "\"country\": \"TR\""), "tr")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.basis").value(nullValue()))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("TR_SCHOOLED_IN_TURKIYE")))
                .andExpect(jsonPath("$.findings[?(@.code == 'TR_SCHOOLED_IN_TURKIYE')].message")
                        .value(hasItem(containsString("Türkiye'de"))))
                .andExpect(jsonPath("$.findings[?(@.code == 'TR_SCHOOLED_IN_TURKIYE')].citation.section")
                        .value(hasItem("7.2.2.2")));
    }

    @Test
    void explainTracesEachExamWithTheSourceOfItsMinimum() throws Exception {
        mvc.perform(post("/api/v1/assessments/admission?explain=true").contentType(MediaType.APPLICATION_JSON)
                        .content(CONTRACT_EXAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trace[0].kind").value("exam"))
                .andExpect(jsonPath("$.trace[0].code").value("SAT"))
                .andExpect(jsonPath("$.trace[0].citation.source").value("KU-INT-2024"))
                .andExpect(jsonPath("$.trace[?(@.code == 'basis')].result").value(hasItem("TR_SCHOOLED_ABROAD")));
    }

    @Test
    void anUnknownFieldIsRejectedAsAProblemNamingTheField() throws Exception {
        assess(CONTRACT_EXAMPLE.replace("\"blueCard\": false", "\"blueCard\": false, \"favouriteColour\": \"blue\""), "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(containsString("favouriteColour")));
    }

    @Test
    void anUnknownCodeIsRejectedNamingTheField() throws Exception {
        assess(CONTRACT_EXAMPLE.replace("\"REGULAR\"", "\"BOARDING\""), "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("candidate.highSchool.schoolType"));
    }

    @Test
    void aMissingProgrammeIsRejectedNamingTheField() throws Exception {
        assess(CONTRACT_EXAMPLE.replace("\"programme\": {\"code\": \"MEDICINE\", \"hasForeignQuota\": true},", ""), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programme"));
    }

    @Test
    void anUnknownCountryIsRejectedNamingTheField() throws Exception {
        assess(CONTRACT_EXAMPLE.replace("[\"TR\", \"DE\"]", "[\"TR\", \"XX\"]"), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("candidate.citizenships[1]"));
    }

    @Test
    void anExamTakenAfterTheApplicationDateIsRejected() throws Exception {
        assess(CONTRACT_EXAMPLE.replace("2025-10-04", "2027-01-01"), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("exams[0].takenOn"));
    }

    @Test
    void theVocabularyListsTheAdmissionCodes() throws Exception {
        mvc.perform(get("/api/v1/vocabulary").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulebooks[?(@.id == 'university-admission')].vocabulary.basis[*].code")
                        .value(hasItem("TRNC_WITH_GCE")))
                .andExpect(jsonPath("$.rulebooks[?(@.id == 'university-admission')].findings[*].code")
                        .value(hasItem("DUAL_TRNC")))
                .andExpect(jsonPath("$.rulebooks[?(@.id == 'university-admission')].vocabulary.quotaFinding[*].code")
                        .value(hasItem("TRANSFER_NEEDS_YOK")));
    }
}
