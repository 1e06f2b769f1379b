package org.passage.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.passage.residence.application.ApplicationJourney;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who is out of the international office's reach, on every page it has (intake list, student page,
 * follow-up list and its CSV): another university's student, a student who did not consent, and a
 * student who withdrew consent, from the moment of withdrawal.
 */
@PassageIntegrationTest
class UniversityOfficeAccessIntegrationTest {

    private static final ProvinceCode BURSA = new ProvinceCode("16");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    TestStaff staff;
    @Autowired
    UniversityIntakes intakes;

    private final String university = "Access University " + UUID.randomUUID();

    @Test
    void anotherUniversitysOfficeSeesNothingOfTheStudentAnywhere() throws Exception {
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, true);
        StaffPrincipal own = staff.universityOffice(university);
        StaffPrincipal other = staff.universityOffice("Other University " + UUID.randomUUID());

        assertThat(everywhere(own)).contains(number.formatted());
        assertThat(everywhere(other)).doesNotContain(number.formatted(), number.value());
        mvc.perform(get("/staff/university/intake/" + number.value()).with(TestStaff.signedIn(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/staff/university/intake/bulk").with(csrf()).with(TestStaff.signedIn(other))
                        .param("number", number.value()))
                .andExpect(status().is3xxRedirection());
        assertThat(intakes.of(number)).as("another office's bulk marking changed nothing").isEmpty();
    }

    @Test
    void aStudentWhoDidNotConsentIsAbsentFromEveryList() throws Exception {
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, false);
        StaffPrincipal office = staff.universityOffice(university);

        assertThat(everywhere(office)).doesNotContain(number.formatted(), number.value());
        mvc.perform(get("/staff/university/intake/" + number.value()).with(TestStaff.signedIn(office)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWithdrawnConsentRemovesTheStudentFromEveryListAtOnce() throws Exception {
        ApplicationNumber number = applications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, true);
        StaffPrincipal office = staff.universityOffice(university);
        assertThat(everywhere(office)).contains(number.formatted());

        journey.shareWithUniversity(number, university, false);

        assertThat(everywhere(office)).doesNotContain(number.formatted(), number.value());
        mvc.perform(get("/staff/university/intake/" + number.value()).with(TestStaff.signedIn(office)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/staff/university/intake/" + number.value()).with(csrf())
                        .with(TestStaff.signedIn(office)).param("forwarded", "YES"))
                .andExpect(status().isNotFound());
    }

    /** The office's intake list, follow-up list and follow-up CSV, one after the other. */
    private String everywhere(StaffPrincipal office) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String path : new String[] {"/staff/university/intake?lang=en", "/staff/university/follow-up?lang=en"}) {
            all.append(mvc.perform(get(path).with(TestStaff.signedIn(office))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
        }
        all.append(new String(mvc.perform(get("/staff/university/follow-up.csv?lang=en")
                        .with(TestStaff.signedIn(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
        return all.toString();
    }
}
