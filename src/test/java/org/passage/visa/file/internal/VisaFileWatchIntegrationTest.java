package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A booked file that would no longer be complete on its appointment day is warned, then loses its
 * place two days before; the job runs with the day given, as a test clock would.
 */
@PassageIntegrationTest
class VisaFileWatchIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    VisaFileJobs jobs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWhoseA1CertificateIsTooOldOnTheDayIsWarnedAndThenReleasedOnTime() throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        LocalDate day = filing.openDay();
        desk.book(email, file, "IST", day);
        // The certificate's date as corrected by the applicant's documents: 13 months before the appointment.
        jdbc.sql("""
                UPDATE visa_file SET request = jsonb_set(request, '{family,spouse,a1Certificate,issuedOn}',
                    to_jsonb(CAST(? AS text))) WHERE id = ?""").params(day.minusMonths(13).toString(), file).update();

        jobs.watch(day.minusDays(5));
        assertThat(filing.status(file)).isEqualTo("BOOKED");
        assertThat(TestMailbox.awaitMessageTo(email).text()).contains("would not be complete")
                .contains(day.minusDays(2).format(VisaFileDesk.DATE));

        jobs.watch(day.minusDays(2));
        assertThat(filing.status(file)).isEqualTo("DRAFT");
        assertThat(filing.holds(file, day)).isFalse();
        assertThat(TestMailbox.awaitMessagesTo(email, 2)).anyMatch(m -> m.text().contains("appointment was released"));
    }

    @Test
    void aDayOnWhichTheCertificateWouldBeTooOldCannotBeBooked() throws Exception {
        String email = VisaFiling.newEmail();
        LocalDate day = filing.openDay();
        UUID file = filing.file(email, day.minusMonths(12).plusDays(1).minusDays(3), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);

        assertThatThrownBy(() -> desk.book(email, file, "IST", day)).isInstanceOf(BookingRefusedException.class)
                .extracting(e -> ((BookingRefusedException) e).getDetailMessageCode())
                .isEqualTo("visa.file.booking.incomplete-on-day");
        assertThat(filing.status(file)).isEqualTo("DRAFT");
    }
}
