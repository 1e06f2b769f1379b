package org.passage.visa;

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
import org.passage.rules.Rulebooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The visa wizard's controller alone (a {@code @WebMvcTest} slice, no database): how it reads a
 * page's answers with the forms engine and where it sends the applicant next.
 */
@WebMvcTest(controllers = VisaChecklistController.class, excludeFilters = @Filter(type = FilterType.REGEX,
        pattern = {"org\\.passage\\.web\\.RequestBodyLimitFilter", "org\\.passage\\.ratelimit\\..*"}))
@WithMockUser
class VisaChecklistControllerIntegrationTest {

    @TestConfiguration
    static class Assessments {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        GermanVisaAssessments germanVisaAssessments(Clock clock) {
            return new GermanVisaAssessments(Rulebooks.loadAll(new BusinessCalendar()::addBusinessDays), clock);
        }
    }

    @Autowired
    MockMvc mvc;


    private final MockHttpSession session = new MockHttpSession();

    @Test
    void anAnsweredPageLeadsToTheNextPageTheCaseNeeds() throws Exception {
        mvc.perform(post("/visa/checklist/category?lang=en").with(csrf()).session(session).param("category", "STUDY"))
                .andExpect(redirectedUrl("/visa/checklist/applicant"));
    }

    @Test
    void aGermanAmountWithThousandsSeparatorIsReadOnTheGermanPage() throws Exception {
        answerUpToFunding();
        mvc.perform(post("/visa/checklist/funding?lang=de").with(csrf()).session(session)
                        .param("fundingKind", "BLOCKED_ACCOUNT").param("fundingAmount", "11.904,00"))
                .andExpect(redirectedUrl("/visa/checklist/check"));
    }

    @Test
    void theGermanWayOfWritingAnAmountIsRefusedOnTheEnglishPage() throws Exception {
        answerUpToFunding();
        mvc.perform(post("/visa/checklist/funding?lang=en").with(csrf()).session(session)
                        .param("fundingKind", "BLOCKED_ACCOUNT").param("fundingAmount", "11.904,00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#fundingAmount\"")));
    }

    @Test
    void aPageNotYetReachedSendsTheApplicantToTheFirstPage() throws Exception {
        mvc.perform(get("/visa/checklist/semester").session(session))
                .andExpect(redirectedUrl("/visa/checklist/category"));
    }

    private void answerUpToFunding() throws Exception {
        mvc.perform(post("/visa/checklist/category").with(csrf()).session(session).param("category", "JOB_SEEKER"));
        mvc.perform(post("/visa/checklist/applicant").with(csrf()).session(session).param("birthDate-day", "3")
                .param("birthDate-month", "2").param("birthDate-year", "1995").param("nationality", "TR")
                .param("nativeGerman", "NO"));
        mvc.perform(post("/visa/checklist/stay").with(csrf()).session(session).param("stayDays", "180"))
                .andExpect(redirectedUrl("/visa/checklist/funding"));
    }
}
