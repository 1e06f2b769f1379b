package org.passage.admissions.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.TestUniversities;
import org.passage.admissions.desk.TestUniversities.Programme;
import org.passage.calendar.TurkiyeTime;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The directive's yearly review: reminded from April 1 until recorded; the first record of a year stands. */
@PassageIntegrationTest
class DirectiveReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    TestUniversities universities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DirectiveReviews reviews;

    String university() {
        return universities.create(List.of(Programme.of("PHYSICS", 5)));
    }

    /** The reviews as they are on that day (00:00 in Türkiye): the same database, another clock. */
    DirectiveReviews on(int year, int month, int day) {
        return new DirectiveReviews(jdbc, Clock.fixed(ZonedDateTime.of(year, month, day, 0, 0, 0, 0, TurkiyeTime.ZONE)
                .toInstant(), TurkiyeTime.ZONE));
    }

    String home(StaffPrincipal by) throws Exception {
        return mvc.perform(get("/staff").with(TestStaff.signedIn(by)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theReviewIsNotDueOnMarch31() {
        assertThat(on(2030, 3, 31).due(university())).isEmpty();
    }

    @Test
    void theReviewIsDueFromApril1UntilItIsRecorded() {
        String u = university();
        DirectiveReviews april = on(2030, 4, 1);

        assertThat(april.due(u)).contains(2030);
        assertThat(on(2030, 12, 31).due(u)).contains(2030);

        DirectiveReviews.Recorded recorded = april.record(u, "vice.rector", "Senato 2030/4");

        assertThat(recorded.first()).isTrue();
        assertThat(recorded.review().reviewedOn()).isEqualTo(LocalDate.of(2030, 4, 1));
        assertThat(april.due(u)).isEmpty();
        assertThat(on(2030, 11, 2).due(u)).isEmpty();
        assertThat(on(2031, 4, 1).due(u)).contains(2031);
    }

    @Test
    void aSecondRecordOfTheYearKeepsTheFirst() {
        String u = university();

        on(2030, 4, 2).record(u, "first", "Senato 2030/4");
        DirectiveReviews.Recorded again = on(2030, 4, 3).record(u, "second", "Another note");

        assertThat(again.first()).isFalse();
        assertThat(again.review()).isEqualTo(new DirectiveReviews.Review(2030, LocalDate.of(2030, 4, 2), "first",
                "Senato 2030/4"));
    }

    @Test
    void theStaffHomeRemindsTheUniversitysAdministratorUntilTheReviewIsRecorded() throws Exception {
        // The application's clock is today's; the reminder shows only after April 1 of this year.
        String u = university();
        StaffPrincipal admin = staff.universityAdmin(u);
        boolean afterApril1 = !reviews.today().isBefore(LocalDate.of(reviews.today().getYear(), 4, 1));

        assertThat(home(admin).contains("id=\"directive-review-due\"")).isEqualTo(afterApril1);
        if (afterApril1) {
            assertThat(home(admin)).contains("yearly review of " + reviews.today().getYear() + " is due");
        }
        assertThat(home(staff.registrar(u))).doesNotContain("id=\"directive-review-due\"");

        mvc.perform(post("/staff/admissions/review").with(TestStaff.signedIn(admin)).with(csrf())
                .param("note", "Senato 2026/4")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "admissions.review.recorded"));

        assertThat(home(admin)).doesNotContain("id=\"directive-review-due\"");
    }

    @Test
    void aDoubleSubmitShowsTheFirstReview() throws Exception {
        String u = university();
        StaffPrincipal admin = staff.universityAdmin(u);

        mvc.perform(post("/staff/admissions/review").with(TestStaff.signedIn(admin)).with(csrf())
                .param("note", "Senato 2026/4")).andExpect(flash().attribute("done", "admissions.review.recorded"));
        mvc.perform(post("/staff/admissions/review").with(TestStaff.signedIn(admin)).with(csrf())
                .param("note", "Senato 2026/4 again")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "admissions.review.already"));

        String page = mvc.perform(get("/staff/admissions/review").with(TestStaff.signedIn(admin))
                .header("Accept-Language", "tr")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Kurul kararı veya not", "Senato 2026/4", admin.username())
                .doesNotContain("Senato 2026/4 again").doesNotContain("id=\"review-form\"");
    }

    @Test
    void aBlankNoteIsRefusedAndOnlyTheUniversitysAdministratorKeepsTheReview() throws Exception {
        String u = university();
        StaffPrincipal admin = staff.universityAdmin(u);

        mvc.perform(post("/staff/admissions/review").with(TestStaff.signedIn(admin)).with(csrf()).param("note", " "))
                .andExpect(flash().attribute("error", "admissions.review.error.note"));
        mvc.perform(get("/staff/admissions/review").with(TestStaff.signedIn(staff.registrar(u))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/admissions/review").with(TestStaff.signedIn(staff.admin())).with(csrf())
                .param("note", "x")).andExpect(status().isForbidden());

        String other = university();
        mvc.perform(post("/staff/admissions/review").with(TestStaff.signedIn(staff.universityAdmin(other)))
                .with(csrf()).param("note", "Other board")).andExpect(status().is3xxRedirection());
        assertThat(reviews.of(u, reviews.today().getYear())).isEmpty();
    }
}
