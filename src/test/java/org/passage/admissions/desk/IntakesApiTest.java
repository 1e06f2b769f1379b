package org.passage.admissions.desk;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.Decision.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public intake and programme API, without signing in. */
@PassageIntegrationTest
@Import(TestUniversities.class)
class IntakesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUniversities universities;
    @Autowired
    AdmissionDesk desk;

    @Test
    void anIntakeOpenTodayIsListedForAnyone() throws Exception {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {3});

        mvc.perform(get("/api/v1/admissions/intakes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].university").value(hasItem(university)));
    }

    @Test
    void theProgrammesShowTheirQuotaAndThePlacesStillFree() throws Exception {
        String university = universities.create(new String[] {"PHYSICS", "CHEMISTRY"}, new int[] {3, 4});
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS"),
                "free-places@example.org").getFirst();
        List<String> all = RequiredDocuments.of(List.of(), false);
        desk.submit(number, new Submission("{}", "FOREIGN_NATIONAL", "FR", "2026.1"), all, all);
        desk.forward(number, AdmissionActor.staff("registrar.test"));
        desk.decide(number, new Decision(Outcome.ADMIT, "committee.test", "dean.test", null, null));

        mvc.perform(get("/api/v1/admissions/universities/{u}/intakes/2027-FALL/programmes", university)
                .header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'PHYSICS')].foreignQuota").value(hasItem(3)))
                .andExpect(jsonPath("$[?(@.code == 'PHYSICS')].freePlaces").value(hasItem(2)))
                .andExpect(jsonPath("$[?(@.code == 'CHEMISTRY')].freePlaces").value(hasItem(4)))
                .andExpect(jsonPath("$[*].code").value(not(hasItem("ASTRONOMY"))));
    }

    @Test
    void programmeNamesAreGivenInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/admissions/universities/KOC/intakes/2027-FALL/programmes")
                .header("Accept-Language", "de"))
                .andExpect(jsonPath("$[?(@.code == 'MEDICINE')].name").value(hasItem("Medizin")));
        mvc.perform(get("/api/v1/admissions/universities/KOC/intakes/2027-FALL/programmes")
                .header("Accept-Language", "tr"))
                .andExpect(jsonPath("$[?(@.code == 'MEDICINE')].name").value(hasItem("Tıp")));
    }

    @Test
    void anUnknownIntakeIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/admissions/universities/KOC/intakes/1999-FALL/programmes"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/admissions/universities/not a code/intakes/x/programmes"))
                .andExpect(status().isNotFound());
    }
}
