package org.passage.visa;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PassageIntegrationTest
class VisaChecklistWizardIntegrationTest {

    @Autowired
    MockMvc mvc;

    /** The session lives in the database: like a browser, send back the cookies each answer sets. */
    final List<Cookie> cookies = new ArrayList<>();

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.toArray(Cookie[]::new));
        }
        ResultActions result = mvc.perform(request);
        for (Cookie c : result.andReturn().getResponse().getCookies()) {
            cookies.removeIf(old -> old.getName().equals(c.getName()));
            cookies.add(c);
        }
        return result;
    }

    private ResultActions answer(String step, String... fields) throws Exception {
        return answerIn(Locale.ENGLISH, step, fields);
    }

    private ResultActions answerIn(Locale locale, String step, String... fields) throws Exception {
        MockHttpServletRequestBuilder b = post("/visa/checklist/" + step + "?lang=" + locale.getLanguage())
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            b.param(fields[i], fields[i + 1]);
        }
        return perform(b);
    }

    private ResultActions page(String path, Locale locale) throws Exception {
        return perform(get("/visa/checklist/" + path + (path.contains("?") ? "&" : "?") + "lang=" + locale.getLanguage()));
    }

    @Test
    void aMastersStudentWithSpouseAndChildGetsTheChecklistWithCopiesFeesAndTimeline() throws Exception {
        answer("category", "category", "STUDY_MASTER").andExpect(redirectedUrl("/visa/checklist/applicant"));
        answer("applicant", "birthDate-day", "3", "birthDate-month", "2", "birthDate-year", "2001",
                "nationality", "tr", "nativeGerman", "no").andExpect(redirectedUrl("/visa/checklist/stay"));
        answer("stay", "stayDays", "730").andExpect(redirectedUrl("/visa/checklist/language"));
        answer("language", "hasCertificate", "yes", "certificateProvider", "GOETHE", "certificateLevel", "B2")
                .andExpect(redirectedUrl("/visa/checklist/funding"));
        answer("funding", "fundingKind", "BLOCKED_ACCOUNT", "fundingAmount", "11904")
                .andExpect(redirectedUrl("/visa/checklist/semester"));
        answer("semester", "semesterStart-day", "1", "semesterStart-month", "4", "semesterStart-year", "2099")
                .andExpect(redirectedUrl("/visa/checklist/family"));
        answer("family", "spouseTravelling", "yes", "child1-day", "1", "child1-month", "6", "child1-year", "2022")
                .andExpect(redirectedUrl("/visa/checklist/spouse-language"));
        answer("spouse-language", "spouseA1Provider", "NONE", "spouseA1Exception", "HEALTH_OR_DISABILITY")
                .andExpect(redirectedUrl("/visa/checklist/check"));
        page("check", Locale.ENGLISH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your answers")))
                .andExpect(content().string(containsString("Master&#39;s student (info sheet 41F)")));
        page("result", Locale.ENGLISH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("original and 2 copies")))
                .andExpect(content().string(containsString("data-code=\"SPOUSE_A1_EXCEPTION_PROOF\"")))
                .andExpect(content().string(containsString("190.00 EUR")))
                .andExpect(content().string(containsString("id=\"earliest-decision\"")));
    }

    @Test
    void changingAnAnswerFromTheCheckPageReturnsThere() throws Exception {
        answer("category", "category", "JOB_SEEKER");
        answer("applicant", "birthDate-day", "3", "birthDate-month", "2", "birthDate-year", "1995",
                "nationality", "TR", "nativeGerman", "no");
        answer("stay", "stayDays", "180");
        answer("funding", "fundingKind", "FORMAL_OBLIGATION").andExpect(redirectedUrl("/visa/checklist/check"));
        page("check", Locale.ENGLISH).andExpect(content().string(containsString("/visa/checklist/stay?from=check#stayDays")));
        answer("stay", "stayDays", "150", "from", "check").andExpect(redirectedUrl("/visa/checklist/check"));
        page("result", Locale.ENGLISH)
                .andExpect(content().string(containsString("data-code=\"FORMAL_OBLIGATION_DECLARATION\"")))
                .andExpect(content().string(not(containsString("data-code=\"STAY_TOO_LONG_FOR_CATEGORY\""))));
    }

    @Test
    void aPageWithMistakesShowsAnErrorSummaryLinkingEachField() throws Exception {
        answer("category", "category", "STUDY");
        answer("applicant", "birthDate-day", "31", "birthDate-month", "2", "birthDate-year", "2001",
                        "nationality", "Turkey")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#birthDate-day\"")))
                .andExpect(content().string(containsString("href=\"#nationality\"")))
                .andExpect(content().string(containsString("href=\"#nativeGerman\"")))
                .andExpect(content().string(containsString("<title>Error: About you")));
    }

    @Test
    void aPageAheadOfTheAnswersSendsTheApplicantBackToTheStart() throws Exception {
        page("funding", Locale.ENGLISH).andExpect(redirectedUrl("/visa/checklist/category"));
    }

    @Test
    void theCategoryPageIsInTurkishWithTheRulebookTitlesAndDescriptions() throws Exception {
        page("category", Locale.forLanguageTag("tr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Almanya’ya neden gidiyorsunuz?")))
                .andExpect(content().string(containsString("Yoğunlaştırılmış dil kursu")))
                .andExpect(content().string(not(containsString("visa.q."))));
    }

    @Test
    void aSemesterStartInThePastIsRefused() throws Exception {
        answer("category", "category", "STUDY");
        answer("applicant", "birthDate-day", "3", "birthDate-month", "2", "birthDate-year", "2001",
                "nationality", "TR", "nativeGerman", "NO");
        answer("stay", "stayDays", "730");
        answer("language", "hasCertificate", "NO");
        answer("funding", "fundingKind", "BLOCKED_ACCOUNT", "fundingAmount", "11904");
        answer("semester", "semesterStart-day", "1", "semesterStart-month", "10", "semesterStart-year", "2001")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The semester start must be today or later")))
                .andExpect(content().string(containsString("href=\"#semesterStart-day\"")));
    }

    @Test
    void aTurkishPageReadsAnAmountWithItsThousandsSeparator() throws Exception {
        answer("category", "category", "JOB_SEEKER");
        answer("applicant", "birthDate-day", "3", "birthDate-month", "2", "birthDate-year", "1995",
                "nationality", "TR", "nativeGerman", "NO");
        answer("stay", "stayDays", "180");
        answerIn(Locale.forLanguageTag("tr"), "funding", "fundingKind", "BLOCKED_ACCOUNT", "fundingAmount", "11.904")
                .andExpect(redirectedUrl("/visa/checklist/check"));
        page("check", Locale.ENGLISH).andExpect(content().string(containsString("11,904")));
        page("check", Locale.GERMAN).andExpect(content().string(containsString("11.904")));
    }

    @Test
    void datesOnTheCheckPageAreWrittenInThePagesLanguage() throws Exception {
        answer("category", "category", "JOB_SEEKER");
        answer("applicant", "birthDate-day", "3", "birthDate-month", "2", "birthDate-year", "1995",
                "nationality", "TR", "nativeGerman", "NO");
        answer("stay", "stayDays", "180");
        answer("funding", "fundingKind", "FORMAL_OBLIGATION");
        page("check", Locale.GERMAN)
                .andExpect(content().string(containsString("3. Februar 1995")))
                .andExpect(content().string(not(containsString("1995-02-03"))));
        page("check", Locale.forLanguageTag("tr")).andExpect(content().string(containsString("3 Şubat 1995")));
    }

    @Test
    void theNationalityIsChosenFromTheLocalizedCountryList() throws Exception {
        answer("category", "category", "STUDY");
        page("applicant", Locale.GERMAN)
                .andExpect(content().string(containsString("<select")))
                .andExpect(content().string(containsString("<option value=\"TR\">Türkei</option>")));
    }
}
