package org.passage.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class HomePageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void homePageSpeaksTurkishWhenTheBrowserAsksForIt() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "tr-TR,tr;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"tr\">")))
                .andExpect(content().string(containsString("Türkiye&#39;de ikamet izni")))
                .andExpect(content().string(containsString("Almanya vizesi")))
                .andExpect(content().string(containsString("Üniversite kabulü")));
    }

    @Test
    void homePageSpeaksGermanWhenTheBrowserAsksForIt() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "de-DE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"de\">")))
                .andExpect(content().string(containsString("Aufenthaltserlaubnis in der Türkei")))
                .andExpect(content().string(containsString("Visum für Deutschland")))
                .andExpect(content().string(containsString("Hochschulzulassung")));
    }

    @Test
    void homePageFallsBackToEnglishForOtherLanguages() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr-FR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Residence permit in Türkiye")));
    }

    @Test
    void homePageLinksToTheThreeParts() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("href=\"/residence/checklist\"")))
                .andExpect(content().string(containsString("href=\"/visa/checklist\"")))
                .andExpect(content().string(containsString("href=\"/admission/eligibility\"")));
    }

    @Test
    void everyPageOffersTheOtherLanguagesInTheSwitcher() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("href=\"/?lang=tr\"")))
                .andExpect(content().string(containsString("href=\"/?lang=de\"")))
                .andExpect(content().string(containsString("aria-current=\"true\"")));
    }

    @Test
    void switchingTheLanguageStoresItInACookieThatWinsOverAcceptLanguage() throws Exception {
        mvc.perform(get("/?lang=de").header("Accept-Language", "tr"))
                .andExpect(content().string(containsString("<html lang=\"de\">")))
                .andExpect(cookie().value(I18nConfiguration.COOKIE, "de"));

        mvc.perform(get("/").cookie(new Cookie(I18nConfiguration.COOKIE, "de")).header("Accept-Language", "tr"))
                .andExpect(content().string(containsString("<html lang=\"de\">")));
    }

    @Test
    void anUnsupportedLanguageParameterIsIgnored() throws Exception {
        mvc.perform(get("/?lang=fr").header("Accept-Language", "tr"))
                .andExpect(content().string(containsString("<html lang=\"tr\">")))
                .andExpect(cookie().doesNotExist(I18nConfiguration.COOKIE));
    }
}
