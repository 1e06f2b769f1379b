package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.audit.AuditTrail;
import org.passage.documents.Documents;
import org.passage.identity.ApiTokens;
import org.passage.notifications.Notifications;
import org.passage.places.Places;
import org.passage.rules.Rulebooks;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.passage.visa.GermanVisaAssessments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "On the day: attended / no-show": before the appointment's day a no-show is refused; on or after
 * it the place is used up, the file reopens and can be booked again, the applicant reads why on their
 * page and in the API, another centre's account cannot reach the file, and a second press shows the
 * first result.
 */
@PassageIntegrationTest
class VisaNoShowIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    VisaCentres centres;
    @Autowired
    org.passage.calendar.BusinessCalendar calendar;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    VisaFiles files;
    @Autowired
    GermanVisaAssessments assessments;
    @Autowired
    Rulebooks rulebooks;
    @Autowired
    Documents documents;
    @Autowired
    Places places;
    @Autowired
    Notifications notifications;
    @Autowired
    MessageSource messages;
    @Autowired
    VisaFileProperties properties;
    @Autowired
    AuditTrail audit;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /** Books {@code day} as the desk would have on the day before it: a day that has come by now. */
    void bookTheDayBefore(String email, UUID file, LocalDate day) {
        VisaFileDesk then = new VisaFileDesk(files, centres, assessments, rulebooks, documents, places, notifications,
                messages, properties, audit, VisaFileAgeingIntegrationTest.morningOf(day.minusDays(1)));
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(s -> then.book(email, file, "IST", day));
    }

    /** A counter account bound to {@code centre}, signed in to the pages. */
    RequestPostProcessor pageBoundTo(String centre) {
        StaffPrincipal account = staff.visaCentre();
        jdbc.sql("INSERT INTO visa_centre_staff (username, centre) VALUES (?, ?)").params(account.username(), centre)
                .update();
        return TestStaff.signedIn(account);
    }

    RequestPostProcessor boundTo(String centre) {
        StaffPrincipal account = staff.visaCentre();
        jdbc.sql("INSERT INTO visa_centre_staff (username, centre) VALUES (?, ?)").params(account.username(), centre)
                .update();
        RequestPostProcessor basic = org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic(account.username(), TestStaff.PASSWORD);
        return request -> {
            // The staff sign-in counts attempts per address: this class's own.
            request.setRemoteAddr("127.0.0.221");
            return basic.postProcessRequest(request);
        };
    }

    String newFile(String email) throws Exception {
        UUID file = filing.file(email, desk.today().minusMonths(3), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        return file.toString();
    }

    int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void beforeTheAppointmentsDayANoShowIsRefusedByApiAndPage() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = UUID.fromString(newFile(email));
        LocalDate day = FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay(), 1, 1);
        desk.book(email, file, "IST", day);

        mvc.perform(post(VisaStaffApiController.CENTRE + "/files/" + file + "/no-show").with(boundTo("IST"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("on or after the appointment")));

        RequestPostProcessor page = pageBoundTo("IST");
        mvc.perform(post("/staff/visa/centre/" + file + "/NO_SHOW").with(page).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("recorded on or after the appointment")));

        assertThat(filing.status(file)).isEqualTo("BOOKED");
        assertThat(filing.holds(file, day)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM visa_file_event WHERE file_id = ? AND status = 'NO_SHOW'", file))
                .isZero();
    }

    @Test
    void onTheDayTheAppointmentIsUsedUpTheFileReopensAndCanBeBookedAgain() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = UUID.fromString(newFile(email));
        // A day that has come: booked the day before it.
        LocalDate day = FreeDays.withPlaces(jdbc, calendar, centres, "IST", desk.today(), 1, -1);
        bookTheDayBefore(email, file, day);
        int taken = filing.taken(day);
        RequestPostProcessor istanbul = boundTo("IST");
        RequestPostProcessor ankara = boundTo("ANK");
        String noShow = VisaStaffApiController.CENTRE + "/files/" + file + "/no-show";

        // Another centre's account does not reach the file.
        mvc.perform(post(noShow).with(ankara)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(filing.status(file)).isEqualTo("BOOKED");

        mvc.perform(post(noShow).with(istanbul))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.events[-1].status").value("NO_SHOW"));
        // The second press shows the first result and records nothing more.
        mvc.perform(post(noShow).with(istanbul))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.events[-1].status").value("NO_SHOW"));
        mvc.perform(post(noShow).with(ankara)).andExpect(status().isNotFound());

        assertThat(filing.status(file)).isEqualTo("DRAFT");
        assertThat(filing.holds(file, day)).as("the appointment is used up, not released").isTrue();
        assertThat(filing.taken(day)).isEqualTo(taken);
        assertThat(count("SELECT COUNT(*) FROM visa_file_event WHERE file_id = ? AND status = 'NO_SHOW'", file))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'VISA_FILE_NO_SHOW' AND subject = ?",
                VisaFileDesk.subject(file))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM notification_delivery WHERE address = ? AND body LIKE ?", email,
                "%did not attend your appointment on " + day.format(VisaFileDesk.DATE) + "%")).isEqualTo(1);

        // The applicant reads why, on their page and in the API.
        mvc.perform(get("/visa/file/" + file + "?lang=en").with(VisaFiling.as(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You did not attend your appointment on "
                        + day.format(VisaFileDesk.DATE))));
        String bearer = "Bearer " + tokens.issue(VisaSignIns.subject(email), Duration.ofHours(1)).token();
        mvc.perform(get("/api/v1/visa/files/" + file).header("Authorization", bearer).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.events[-1].status").value("NO_SHOW"))
                .andExpect(jsonPath("$.appointmentOn").doesNotExist());

        // Bookable again, a new day.
        LocalDate again = FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay(), 1, 1);
        desk.book(email, file, "IST", again);
        assertThat(filing.status(file)).isEqualTo("BOOKED");
        assertThat(filing.holds(file, again)).isTrue();
    }

    @Test
    void theCountersPageRecordsANoShowOnceAndAPressAgainShowsTheQueue() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = UUID.fromString(newFile(email));
        LocalDate day = FreeDays.withPlaces(jdbc, calendar, centres, "IST", desk.today(), 1, -1);
        bookTheDayBefore(email, file, day);
        RequestPostProcessor page = pageBoundTo("IST");

        mvc.perform(get("/staff/visa/centre?lang=en").with(page))
                .andExpect(content().string(containsString("Did not attend (no-show)")));
        mvc.perform(post("/staff/visa/centre/" + file + "/NO_SHOW").with(page).with(csrf()))
                .andExpect(redirectedUrl("/staff/visa/centre"));
        mvc.perform(post("/staff/visa/centre/" + file + "/NO_SHOW").with(page).with(csrf()))
                .andExpect(redirectedUrl("/staff/visa/centre"));

        assertThat(filing.status(file)).isEqualTo("DRAFT");
        assertThat(count("SELECT COUNT(*) FROM visa_file_event WHERE file_id = ? AND status = 'NO_SHOW'", file))
                .isEqualTo(1);
    }
}
