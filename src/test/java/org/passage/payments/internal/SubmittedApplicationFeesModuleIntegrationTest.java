package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passage.notifications.TestMailbox;
import org.passage.payments.AccrualNumber;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationSubmitted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The payments module on its own (with the modules it needs and the database): an
 * {@link ApplicationSubmitted} event opens the application's accrual, with the fee of its permit
 * type and stay on the application date.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ContextConfiguration(initializers = TestMailbox.class)
class SubmittedApplicationFeesModuleIntegrationTest {

    @Autowired
    Accruals accruals;

    @Test
    void aSubmittedApplicationGetsItsAccrualOnTheApplicationDate(Scenario scenario) {
        ApplicationNumber number = ApplicationNumber.random();
        LocalDate applicationDate = LocalDate.of(2026, 12, 1);

        scenario.publish(new ApplicationSubmitted(number, "FIRST", "STUDENT", "DE", new ProvinceCode("06"),
                        new ApplicantContact("fees-" + number.value() + "@example.org", "+905551234567", Locale.ENGLISH),
                        Instant.parse("2026-12-01T09:00:00Z"), applicationDate, 12, 48, "2026.1"))
                .andWaitForStateChange(() -> accruals.findByApplication(number))
                .andVerify(accrual -> assertThat(accrual).hasValueSatisfying(a -> {
                    assertThat(a.basis().applicationDate()).isEqualTo(applicationDate);
                    assertThat(a.number().toString()).contains("2026");
                }));
    }

    @Test
    void theSameSubmissionTwiceKeepsOneAccrual(Scenario scenario) {
        ApplicationNumber number = ApplicationNumber.random();
        ApplicationSubmitted submitted = new ApplicationSubmitted(number, "FIRST", "STUDENT", "DE",
                new ProvinceCode("06"),
                new ApplicantContact("fees-" + number.value() + "@example.org", "+905551234567", Locale.ENGLISH),
                Instant.parse("2026-12-01T09:00:00Z"), LocalDate.of(2026, 12, 1), 12, 48, "2026.1");
        scenario.publish(submitted)
                .andWaitForStateChange(() -> accruals.findByApplication(number))
                .andVerify(accrual -> assertThat(accrual).isPresent());
        AccrualNumber first = accruals.findByApplication(number).orElseThrow().number();

        scenario.publish(submitted)
                .andWaitForStateChange(() -> accruals.findByApplication(number))
                .andVerify(accrual -> assertThat(accrual).hasValueSatisfying(a ->
                        assertThat(a.number()).isEqualTo(first)));
    }
}
