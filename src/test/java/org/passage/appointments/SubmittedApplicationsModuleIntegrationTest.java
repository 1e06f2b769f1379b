package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passage.notifications.TestMailbox;
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
 * The appointments module on its own (with the modules it needs and the database): an
 * {@link ApplicationSubmitted} event makes the application known, so that it can book a place.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ContextConfiguration(initializers = TestMailbox.class)
class SubmittedApplicationsModuleIntegrationTest {

    @Autowired
    KnownApplications applications;

    @Test
    void aSubmittedApplicationBecomesKnownInItsProvince(Scenario scenario) {
        ApplicationNumber number = ApplicationNumber.random();

        scenario.publish(submitted(number, new ProvinceCode("35")))
                .andWaitForStateChange(() -> applications.find(number))
                .andVerify(known -> assertThat(known).hasValueSatisfying(application ->
                        assertThat(application.province()).isEqualTo(new ProvinceCode("35"))));
    }

    static ApplicationSubmitted submitted(ApplicationNumber number, ProvinceCode province) {
        return new ApplicationSubmitted(number, "FIRST", "STUDENT", "DE", province,
                new ApplicantContact("module-" + number.value() + "@example.org", "+905551234567", Locale.ENGLISH),
                Instant.parse("2026-12-01T09:00:00Z"), LocalDate.of(2026, 12, 1), 12, 48, "2026.1");
    }
}
