package org.passage.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Transition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PassageIntegrationTest
class ResidenceApplicationsIntegrationTest {

    @Autowired
    TestApplications testApplications;
    @Autowired
    ResidenceApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmittedApplicationKeepsTheChecklistAndValidityItWasAssessedWith() {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("16"));
        ApplicationSummary summary = applications.find(number).orElseThrow();
        assertThat(summary.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(summary.permitType()).isEqualTo("STUDENT");
        assertThat(summary.rulebookVersion()).isNotBlank();
        assertThat(summary.checklist()).extracting(ChecklistItem::code).contains("PASSPORT_COPY", "STUDENT_CERTIFICATE");
        assertThat(summary.checklist()).allSatisfy(item -> assertThat(item.citationSource()).isNotBlank());
        assertThat(summary.maxValidityMonths()).isPositive();
    }

    @Test
    void everyChangeOfStateIsRecordedWithWhoAndWhy() {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("16"));
        applications.appointmentBooked(number, LocalDate.now().plusDays(10), new ProvinceCode("16"),
                Actor.applicant(number));
        applications.appointmentCancelled(number, Actor.staff("officer1"), "directorate closed");
        assertThat(journey.history(number)).extracting(Transition::action)
                .containsExactly("PRE_REGISTERED", "EMAIL_VERIFIED", "SUBMITTED", "APPOINTMENT_BOOKED",
                        "APPOINTMENT_CANCELLED");
        Transition last = journey.history(number).getLast();
        assertThat(last.actor()).isEqualTo(Actor.staff("officer1"));
        assertThat(last.reason()).isEqualTo("directorate closed");
        assertThat(last.rulebookVersion()).isNotBlank();
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void aDraftCannotGetAnAppointment() {
        ApplicationNumber number = testApplications.draftStudent(new ProvinceCode("16"));
        assertThatThrownBy(() -> applications.appointmentBooked(number, LocalDate.now().plusDays(3),
                new ProvinceCode("16"), Actor.applicant(number)))
                .isInstanceOf(ApplicationStateException.class);
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void aSubmittedApplicationCannotBeSubmittedAgain() {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("16"));
        assertThatThrownBy(() -> journey.submit(number, testApplications.studentRequest(), Actor.applicant(number)))
                .isInstanceOf(ApplicationStateException.class);
    }

    @Test
    void historyCannotBeEdited() {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("16"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE residence_application_history SET reason = 'x' WHERE number = ?")
                .param(number.value()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void unknownNumbersAreNotFound() {
        assertThat(applications.find(ApplicationNumber.random())).isEmpty();
        assertThatThrownBy(() -> applications.appointmentCancelled(ApplicationNumber.random(),
                Actor.system("test"), "x")).isInstanceOf(ApplicationNotFoundException.class);
    }
}
