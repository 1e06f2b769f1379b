package org.passage.residence.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.passage.calendar.BusinessCalendar;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.rules.Rulebooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The residence checklist wizard's controller alone (a {@code @WebMvcTest} slice, no database):
 * the pages it skips, how it reads answers with the forms engine, where it goes next.
 */
@WebMvcTest(controllers = ResidenceChecklistController.class, excludeFilters = @Filter(type = FilterType.REGEX,
        pattern = {"org\\.passage\\.web\\.RequestBodyLimitFilter", "org\\.passage\\.ratelimit\\..*"}))
@Import({ChecklistValidation.class, ChecklistPages.class, JourneyFormsConfiguration.class,
        ResidencePermitAssessments.class})
@WithMockUser
class ResidenceChecklistControllerIntegrationTest {

    @TestConfiguration
    static class Rules {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        Rulebooks rulebooks() {
            return Rulebooks.loadAll(new BusinessCalendar()::addBusinessDays);
        }
    }

    @Autowired
    MockMvc mvc;

    private final MockHttpSession session = new MockHttpSession();

    @Test
    void aStudentIsNotAskedTheFamilyPages() throws Exception {
        answer("kind", "applicationKind", "FIRST").andExpect(redirectedUrl("/residence/checklist/permit"));
        answer("permit", "permitType", "STUDENT").andExpect(redirectedUrl("/residence/checklist/study-level"));
        mvc.perform(get("/residence/checklist/relationship").session(session))
                .andExpect(redirectedUrl("/residence/checklist/study-level"));
    }

    @Test
    void aNationalityThatIsNoCountryOfTheListIsToldToChooseOne() throws Exception {
        answer("kind", "applicationKind", "FIRST");
        answer("permit", "permitType", "STUDENT");
        answer("study-level", "studyLevel", "BACHELOR");
        answer("applicant", "birthDate-day", "27", "birthDate-month", "3", "birthDate-year", "2004",
                "nationality", "12", "maritalStatus", "SINGLE", "accommodation", "DORMITORY",
                "healthInsurance", "PRIVATE")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#nationality\">Choose a country from the list</a>")));
    }

    private ResultActions answer(String step, String... fields)
            throws Exception {
        var request = post("/residence/checklist/" + step + "?lang=en").with(csrf()).session(session);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }
}
