package org.passage.admissions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Anyone verifies a letter by its code, page or JSON, and learns who (initials), what, when and whether it stands. */
@PassageIntegrationTest
class VerificationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AcceptanceLetters letters;

    /** Each test calls from an address of its own, so the per-address limit of one does not touch another. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A loopback address of this test's own; random, as the limiter's windows outlive one test run. */
    static String ownAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "127." + random.nextInt(32, 64) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    AcceptanceLetter letter(String name) {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, name);
        return letters.issue(number, "registrar.test");
    }

    @Test
    void theVerificationPageConfirmsAValidLetterInEachLanguageWithTheNameMasked() throws Exception {
        AcceptanceLetter letter = letter("Ayşe Yılmaz");
        String address = ownAddress();
        String[][] expected = {{"tr", "Bu kabul mektubu geçerlidir.", "Fizik", "2027-2028 Güz dönemi"},
            {"en", "This acceptance letter is valid.", "Physics", "Fall term 2027-2028"},
            {"de", "Dieser Zulassungsbescheid ist gültig.", "Physik", "Wintersemester 2027/2028"}};
        for (String[] language : expected) {
            String page = mvc.perform(get("/verify/" + letter.code().value() + "?lang=" + language[0])
                    .with(from(address))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(language[1], language[2], language[3], "A*** Y*****", letter.code().grouped())
                    .doesNotContain("Ayşe", "Yılmaz", letter.number().value(), "@example.org");
        }
    }

    @Test
    void theCodeMayBeTypedInLowerCaseWithHyphens() throws Exception {
        AcceptanceLetter letter = letter("Jan Novak");

        mvc.perform(get("/verify/" + letter.code().grouped().toLowerCase() + "?lang=en")
                .with(from(ownAddress()))).andExpect(status().isOk());
    }

    @Test
    void theApiTellsTheSameFactsAsJson() throws Exception {
        AcceptanceLetter letter = letter("Jan Novak");

        String json = mvc.perform(get("/api/v1/admissions/letters/" + letter.code().value() + "?lang=en")
                .with(from(ownAddress())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.university").value("Test University"))
                .andExpect(jsonPath("$.programme").value("Physics"))
                .andExpect(jsonPath("$.candidate").value("J** N****"))
                .andExpect(jsonPath("$.code").value(letter.code().value()))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("@example.org", letter.number().value(), "Novak");
    }

    @Test
    void aLetterWhoseAdmissionWasWithdrawnVerifiesAsWithdrawn() throws Exception {
        AcceptanceLetter letter = letter("Jan Novak");
        files.waitlist(letter.number());
        String address = ownAddress();

        assertThat(mvc.perform(get("/verify/" + letter.code().value() + "?lang=en").with(from(address)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("This acceptance letter has been withdrawn");
        mvc.perform(get("/api/v1/admissions/letters/" + letter.code().value()).with(from(address)))
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void anUnknownCodeGetsALocalizedNotFoundPageAndAProblem() throws Exception {
        String address = ownAddress();
        String unknown = VerificationCode.random().value();

        assertThat(mvc.perform(get("/verify/" + unknown + "?lang=de").with(from(address)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
                .contains("Kein Zulassungsbescheid hat diesen Code.");
        mvc.perform(get("/verify/not-a-code" + "?lang=tr").with(from(address)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admissions/letters/" + unknown).with(from(address)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void verificationsAreLimitedPerAddress() throws Exception {
        String address = ownAddress();
        String unknown = VerificationCode.random().value();
        for (int i = 0; i < 60; i++) {
            mvc.perform(get("/api/v1/admissions/letters/" + unknown).with(from(address)))
                    .andExpect(status().isNotFound());
        }

        mvc.perform(get("/api/v1/admissions/letters/" + unknown).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/verify/" + unknown + "?lang=en").with(from(address)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/verify/" + unknown).with(from(ownAddress()))).andExpect(status().isNotFound());
    }
}
