package org.passage.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.application.ApplicationJourney;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Renewal reminders: a student's permit gets one e-mail when its extension window opens (60 days
 * before expiry, from the rulebook), never before and never twice, whether or not the student still
 * shares the application with the university.
 */
@PassageIntegrationTest
class PermitRenewalRemindersIntegrationTest {

    private static final ProvinceCode BURSA = new ProvinceCode("16");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    ApplicationReviews reviews;
    @Autowired
    PermitRenewalReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TestStaff staff;

    private final String university = "Renewal University " + UUID.randomUUID();

    @Test
    void oneReminderWhenTheExtensionWindowOpensAndNeverAgain() throws Exception {
        LocalDate today = LocalDate.now(clock);
        ApplicationNumber number = applications.underReview(BURSA);
        journey.shareWithUniversity(number, university, true);
        IssuedPermit permit = reviews.approve(number, today, today.plusDays(61), "Shorter for the test",
                Actor.staff("test-officer"));

        reminders.remind(today);
        assertThat(emails(permit)).isEmpty();
        assertThat(reminders.sentAt(permit.number())).isEmpty();

        LocalDate dayAfter = today.plusDays(1); // the permit now ends in 60 days
        reminders.remind(dayAfter);
        List<String> sent = emails(permit);
        assertThat(sent).hasSize(1);
        String link = PermitRenewalReminders.extensionLink(number);
        assertThat(sent.getFirst()).contains(permit.number().formatted(), "http://localhost:8080" + link);
        assertThat(reminders.sentAt(permit.number())).isPresent();

        reminders.remind(dayAfter);
        reminders.remind(dayAfter.plusDays(1));
        assertThat(emails(permit)).hasSize(1);

        String page = mvc.perform(get(link + "&lang=en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(number.formatted()).contains("name=\"next\" value=\"extension\"");

        String followUp = mvc.perform(get("/staff/university/follow-up?lang=en")
                        .with(TestStaff.signedIn(staff.universityOffice(university))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(followUp).contains(permit.number().formatted(), "Reminder sent on");
    }

    @Test
    void aStudentWhoWithdrewConsentIsStillReminded() {
        LocalDate today = LocalDate.now(clock);
        ApplicationNumber number = applications.underReview(BURSA);
        journey.shareWithUniversity(number, university, true);
        IssuedPermit permit = reviews.approve(number, today, today.plusDays(60), "Shorter for the test",
                Actor.staff("test-officer"));
        journey.shareWithUniversity(number, null, false);

        reminders.remind(today);

        assertThat(emails(permit)).hasSize(1);
    }

    @Test
    void aPermitThatIsNotAStudentsGetsNoReminder() {
        LocalDate today = LocalDate.now(clock);
        ApplicationNumber number = applications.underReview(BURSA);
        IssuedPermit permit = reviews.approve(number, today, today.plusDays(30), "Shorter for the test",
                Actor.staff("test-officer"));
        assertThat(jdbc.sql("SELECT university FROM residence_application WHERE number = ?").param(number.value())
                .query().listOfRows().getFirst().get("university")).isNull();

        reminders.remind(today);

        assertThat(emails(permit)).isEmpty();
    }

    private List<String> emails(IssuedPermit permit) {
        return jdbc.sql("""
                SELECT d.body FROM notification n JOIN notification_delivery d ON d.notification_id = n.id
                WHERE n.type = 'PERMIT_RENEWAL_REMINDER' AND d.channel = 'EMAIL'
                    AND n.idempotency_key = ?""").param("renewal-reminder:" + permit.number().value())
                .query(String.class).list();
    }
}
