package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's capacity page, for administrators only. */
@PassageIntegrationTest
class CapacityAdminPageIntegrationTest {

    static final ProvinceCode TRABZON = new ProvinceCode("61");

    @Autowired
    MockMvc mvc;
    @Autowired
    Directorates directorates;
    @Autowired
    Appointments appointments;

    @Autowired
    TestStaff staff;

    private StaffPrincipal admin;

    /** Acts as an administrator of this test class. */
    RequestPostProcessor asAdmin() {
        if (admin == null) {
            admin = staff.admin();
        }
        return TestStaff.signedIn(admin);
    }

    @Test
    void anAdministratorSeesEveryDirectorateWithItsPlaces() throws Exception {
        mvc.perform(get("/admin/capacity").with(asAdmin()).header("Accept-Language", "tr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("İl göç idarelerinin randevu kapasitesi"),
                        containsString("id=\"province-81\""), containsString("61 Trabzon"),
                        containsString("müdürlük verir"))));
        mvc.perform(get("/admin/capacity/61").with(asAdmin())).andExpect(status().isOk());
    }

    @Test
    void anOfficerIsForbiddenAndAnAnonymousCallerSentToTheSignIn() throws Exception {
        RequestPostProcessor officer = TestStaff.signedIn(staff.officer(TRABZON));
        mvc.perform(get("/admin/capacity").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/capacity")).andExpect(redirectedUrl("/staff/sign-in"));
        WeeklyCapacity before = directorates.get(TRABZON).capacity();
        mvc.perform(post("/admin/capacity/61").with(csrf()).with(officer).param("monday", "1")
                        .param("tuesday", "1").param("wednesday", "1").param("thursday", "1").param("friday", "1"))
                .andExpect(status().isForbidden());
        assertThat(directorates.get(TRABZON).capacity()).isEqualTo(before);
    }

    @Test
    void theAdministratorSetsThePlacesPerWeekday() throws Exception {
        WeeklyCapacity before = directorates.get(TRABZON).capacity();
        try {
            mvc.perform(post("/admin/capacity/61").with(asAdmin()).with(csrf())
                    .param("monday", "30").param("tuesday", "25")
                            .param("wednesday", "20").param("thursday", "15").param("friday", "0"))
                    .andExpect(redirectedUrl("/admin/capacity/61?saved=weekly"));
            assertThat(directorates.get(TRABZON).capacity()).isEqualTo(new WeeklyCapacity(30, 25, 20, 15, 0));
        } finally {
            directorates.setWeeklyCapacity(TRABZON, before, "STAFF:test");
        }
    }

    @Test
    void placesThatAreNotAWholeNumberAreRefusedWithAMessage() throws Exception {
        WeeklyCapacity before = directorates.get(TRABZON).capacity();
        mvc.perform(post("/admin/capacity/61").with(asAdmin()).with(csrf()).header("Accept-Language", "en")
                        .param("monday", "-3").param("tuesday", "many").param("wednesday", "20").param("thursday", "99999").param("friday", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#monday\""), containsString("href=\"#tuesday\""),
                        containsString("href=\"#thursday\""), containsString("Enter a whole number from 0 to 10000"))));
        assertThat(directorates.get(TRABZON).capacity()).isEqualTo(before);
    }

    @Test
    void theAdministratorSetsThePlacesOfOneDayButNotOfAWeekend() throws Exception {
        LocalDate day = directorates.places(TRABZON, appointments.firstBookableDay(), appointments.lastBookableDay())
                .getLast().date();
        mvc.perform(post("/admin/capacity/61/day").with(asAdmin()).with(csrf())
                .param("date", day.toString()).param("places", "7"))
                .andExpect(redirectedUrl("/admin/capacity/61?saved=day"));
        assertThat(directorates.places(TRABZON, day, day).getFirst().capacity()).isEqualTo(7);

        LocalDate sunday = day.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        mvc.perform(post("/admin/capacity/61/day").with(asAdmin()).with(csrf()).header("Accept-Language", "en")
                        .param("date", sunday.toString()).param("places", "7"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The directorate is closed on that day")));
    }

    @Test
    void aDateAtTheEndOfJavasRangeIsRefusedAsABadDateNotA500() throws Exception {
        for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "2201-01-05"}) {
            mvc.perform(post("/admin/capacity/61/day").with(asAdmin()).with(csrf()).header("Accept-Language", "en")
                            .param("date", date).param("places", "7"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Choose a date from the list")));
        }
    }

    @Test
    void anUnknownProvinceIsNotFound() throws Exception {
        mvc.perform(get("/admin/capacity/99").with(asAdmin())).andExpect(status().isNotFound());
    }
}
