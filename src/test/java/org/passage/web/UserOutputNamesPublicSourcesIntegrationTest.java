package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What users read, in Turkish, English and German (pages and API answers with every citation and
 * the explanation), names public documents: never "seed" nor a source file name, and every
 * citation of an answer names its document's publisher.
 */
@PassageIntegrationTest
class UserOutputNamesPublicSourcesIntegrationTest {

    static final List<String> LANGUAGES = List.of("tr", "en", "de");
    static final String STUDENT = """
            {"applicationKind": "FIRST", "permitType": "STUDENT", "studyLevel": "BACHELOR",
             "applicationDate": "2026-11-21",
             "applicant": {"birthDate": "2006-05-01", "nationality": "SY", "maritalStatus": "SINGLE",
                           "accommodation": "DORMITORY", "healthInsurance": "SGK_GHI_WITHIN_3_MONTHS",
                           "documentsIssuedIn": "SY"},
             "study": {"enrolment": "REGULAR", "enrolmentDate": "2026-09-15"},
             "stay": {"requestedMonths": 60}}""";
    private static final AtomicInteger CLIENT = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Test
    void pagesInEveryLanguageNameNoSeedNorSourceFile() throws Exception {
        for (String language : LANGUAGES) {
            for (String page : List.of("/", "/parameters", "/residence/checklist", "/visa/checklist",
                    "/admission/eligibility")) {
                String body = mvc.perform(get(page).header("Accept-Language", language)).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertClean(page + " (" + language + ")", body);
            }
        }
    }

    @Test
    void apiAnswersWithTheirExplanationNameTheirPublicDocuments() throws Exception {
        for (String language : LANGUAGES) {
            String residence = answer("/api/v1/assessments/residence-permit?explain=true", STUDENT,
                    language);
            assertClean("residence (" + language + ")", residence);
            assertThat(residence).contains("\"publisher\"", "https://en.goc.gov.tr/residence-permits");
            for (String path : List.of("/api/v1/vocabulary", "/api/v1/rulebooks",
                    "/api/v1/rulebooks/tr-residence/parameters", "/api/v1/rulebooks/de-national-visa/parameters",
                    "/api/v1/rulebooks/university-admission/parameters")) {
                assertClean(path + " (" + language + ")", mvc.perform(get(path).header("Accept-Language", language))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            }
        }
    }

    private String answer(String path, String body, String language) throws Exception {
        int client = CLIENT.incrementAndGet();
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language)
                .with(r -> {
                    r.setRemoteAddr("10.202.0." + client % 250);
                    return r;
                }).content(body)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertClean(String what, String text) {
        assertThat(PublicSourcesTest.SEED.matcher(text).find()).as(what + " says seed").isFalse();
        assertThat(PublicSourcesTest.SOURCE_FILE.matcher(text).find()).as(what + " names a source file").isFalse();
    }
}
