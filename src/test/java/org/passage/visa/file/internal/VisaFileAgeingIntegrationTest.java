package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.calendar.TurkiyeTime;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scheduled watch of booked files, run by a clock the test moves from day to day as the job's
 * cron would: a spouse's A1 certificate that will be older than 12 months on the appointment day is
 * warned about while there is time, and the place is released exactly {@code release-days-before}
 * days before the appointment, not a day earlier; a file fixed in time keeps its place.
 */
@PassageIntegrationTest
class VisaFileAgeingIntegrationTest {

    @Autowired
    org.passage.calendar.BusinessCalendar calendar;
    @Autowired
    VisaCentres centres;
    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    VisaFileProperties properties;
    @Autowired
    JdbcClient jdbc;

    /** The job as the scheduler runs it, reading "today" from the moved clock. */
    VisaFileJobs jobsAt(MovingClock clock) {
        return new VisaFileJobs(desk, clock);
    }

    static MovingClock morningOf(LocalDate day) {
        return new MovingClock(day.atTime(LocalTime.of(6, 0)).atZone(TurkiyeTime.ZONE).toInstant());
    }

    static void moveTo(MovingClock clock, LocalDate day) {
        clock.set(day.atTime(LocalTime.of(6, 0)).atZone(TurkiyeTime.ZONE).toInstant());
    }

    /** The A1 certificate's date, as the applicant's corrected documents show it. */
    void certificateIssuedOn(UUID file, LocalDate issued) {
        jdbc.sql("""
                UPDATE visa_file SET request = jsonb_set(request, '{family,spouse,a1Certificate,issuedOn}',
                    to_jsonb(CAST(? AS text))) WHERE id = ?""").params(issued.toString(), file).update();
    }

    UUID bookedFile(String email, LocalDate day) throws Exception {
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        desk.book(email, file, "IST", day);
        return file;
    }

    @Test
    void anAgeingCertificateIsWarnedDailyOnceAndReleasedOnTheReleaseDayNotBefore() throws Exception {
        String email = VisaFiling.newEmail();
        LocalDate day = FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay().plusDays(7), 1, 1);
        UUID file = bookedFile(email, day);
        // One day too old on the appointment day: 12 months and one day before it.
        certificateIssuedOn(file, day.minusMonths(12).minusDays(1));
        LocalDate releaseOn = day.minusDays(properties.releaseDaysBefore());

        MovingClock clock = morningOf(releaseOn.minusDays(1));
        VisaFileJobs jobs = jobsAt(clock);
        jobs.watchBooked();
        jobs.watchBooked();
        assertThat(filing.status(file)).isEqualTo("BOOKED");
        assertThat(filing.holds(file, day)).isTrue();
        assertThat(TestMailbox.awaitMessageTo(email).text()).contains("would not be complete")
                .contains(releaseOn.format(VisaFileDesk.DATE));

        moveTo(clock, releaseOn);
        jobs.watchBooked();
        assertThat(filing.status(file)).isEqualTo("DRAFT");
        assertThat(filing.holds(file, day)).isFalse();
        assertThat(TestMailbox.awaitMessagesTo(email, 2)).hasSize(2)
                .anyMatch(m -> m.text().contains("appointment was released"));
        assertThat(jdbc.sql("SELECT actor FROM visa_file_event WHERE file_id = ? ORDER BY id DESC LIMIT 1")
                .param(file).query(String.class).single()).isEqualTo("system");
    }

    @Test
    void aCertificateStillYoungEnoughOnTheDayKeepsThePlaceWhateverTheClockSays() throws Exception {
        String email = VisaFiling.newEmail();
        LocalDate day = FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay().plusDays(7), 1, 1);
        UUID file = bookedFile(email, day);
        // Exactly 12 months old on the appointment day: still within the limit.
        certificateIssuedOn(file, day.minusMonths(12));

        MovingClock clock = morningOf(day.minusDays(properties.releaseDaysBefore()));
        jobsAt(clock).watchBooked();
        moveTo(clock, day.minusDays(1));
        jobsAt(clock).watchBooked();

        assertThat(filing.status(file)).isEqualTo("BOOKED");
        assertThat(filing.holds(file, day)).isTrue();
        assertThat(TestMailbox.messagesTo(email)).isEmpty();
    }

    @Test
    void aFileFixedAfterTheWarningKeepsItsPlace() throws Exception {
        String email = VisaFiling.newEmail();
        LocalDate day = FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay().plusDays(7), 1, 1);
        UUID file = bookedFile(email, day);
        certificateIssuedOn(file, day.minusMonths(13));
        LocalDate releaseOn = day.minusDays(properties.releaseDaysBefore());

        MovingClock clock = morningOf(releaseOn.minusDays(1));
        jobsAt(clock).watchBooked();
        assertThat(TestMailbox.awaitMessageTo(email).text()).contains("would not be complete");
        // A newer certificate is brought in before the release day.
        certificateIssuedOn(file, day.minusMonths(2));
        moveTo(clock, releaseOn);
        jobsAt(clock).watchBooked();

        assertThat(filing.status(file)).isEqualTo("BOOKED");
        assertThat(filing.holds(file, day)).isTrue();
    }
}
