package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.passage.visa.file.internal.VisaFiling.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.identity.ApiTokens;
import org.passage.identity.CodeSubject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Where the rulebook allows, the applicant brings an item instead of uploading it, and the file is complete. */
@PassageIntegrationTest
class VisaBringIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    ApiTokens tokens;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.passage.calendar.BusinessCalendar calendar;
    @Autowired
    VisaCentres centres;

    private static String bring(UUID file, String person, String code) {
        return "/visa/file/" + file + "/items/" + person + "/" + code + "/bring";
    }

    @Test
    void photosMarkedToBringCompleteTheFileAndItCanBook() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file, "APPLICANT/BIOMETRIC_PHOTOS", "SPOUSE/BIOMETRIC_PHOTOS");
        java.time.LocalDate day = FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay().plusDays(20), 1, 1);
        assertThatThrownBy(() -> desk.book(email, file, "IST", day))
                .isInstanceOf(BookingRefusedException.class);

        for (String person : List.of("APPLICANT", "SPOUSE", "SPOUSE")) {
            mvc.perform(post(bring(file, person, "BIOMETRIC_PHOTOS")).param("bring", "true").with(as(email)).with(csrf()))
                    .andExpect(redirectedUrl("/visa/file/" + file + "#" + person + "-BIOMETRIC_PHOTOS"));
        }
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("id=\"bring-SPOUSE-BIOMETRIC_PHOTOS\"")))
                .andExpect(content().string(containsString("You will bring this to your appointment")))
                .andExpect(content().string(containsString("Bring the original and 2 copies.")))
                .andExpect(content().string(containsString("id=\"complete\"")));
        byte[] cover = mvc.perform(get("/visa/file/" + file + "/cover.pdf?lang=en").with(as(email)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(VisaFilePdfIntegrationTest.text(cover)).contains("Brought to the appointment");
        String token = "Bearer " + tokens.issue(new CodeSubject(VisaSignIns.PURPOSE + ":" + email), Duration.ofHours(1))
                .token();
        mvc.perform(get("/api/v1/visa/files/" + file).header("Authorization", token))
                .andExpect(jsonPath("$.gaps.length()").value(0))
                .andExpect(jsonPath("$.items[?(@.person == 'APPLICANT' && @.code == 'BIOMETRIC_PHOTOS')].bring").value(true));

        desk.book(email, file, "IST", day);
        assertThat(filing.status(file)).isEqualTo("BOOKED");
        // Sent again once booked, the same choice changes nothing.
        mvc.perform(post(bring(file, "APPLICANT", "BIOMETRIC_PHOTOS")).param("bring", "true").with(as(email)).with(csrf()))
                .andExpect(redirectedUrl("/visa/file/" + file + "#APPLICANT-BIOMETRIC_PHOTOS"));
    }

    @Test
    void takingTheChoiceBackLeavesTheItemMissingAgain() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file, "APPLICANT/PASSPORT");
        mvc.perform(post(bring(file, "APPLICANT", "PASSPORT")).with(as(email)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.gaps(desk.own(email, file), desk.today())).isEmpty();
        mvc.perform(post(bring(file, "APPLICANT", "PASSPORT")).param("bring", "false").with(as(email)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.gaps(desk.own(email, file), desk.today())).extracting(VisaFileDesk.Gap::code)
                .containsExactly("PASSPORT");
    }

    @Test
    void anItemTheRulebookWantsUploadedOrAnotherApplicantsFileIsNotFound() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        mvc.perform(post(bring(file, "APPLICANT", "BLOCKED_ACCOUNT_CONFIRMATION")).with(as(email)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(bring(file, "APPLICANT", "BIOMETRIC_PHOTOS")).with(as(VisaFiling.newEmail())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(as(email)))
                .andExpect(content().string(containsString("I will bring it")));
    }
}
