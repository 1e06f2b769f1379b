package org.passage.residence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.application.ApplicationJourney;
import org.springframework.beans.factory.annotation.Autowired;

@PassageIntegrationTest
class SharedWithUniversityIntegrationTest {

    private static final ProvinceCode BURSA = new ProvinceCode("16");

    @Autowired
    TestApplications testApplications;
    @Autowired
    ResidenceApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    ApplicationReviews reviews;

    private final String university = "Test University " + UUID.randomUUID();

    @Test
    void aSubmittedApplicationSharedWithTheUniversityIsListedWithItsAppointment() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, true);
        LocalDate day = LocalDate.now().plusDays(12);
        applications.appointmentBooked(number, day, BURSA, Actor.applicant(number));

        assertThat(applications.sharedWithUniversity(university)).singleElement().satisfies(shared -> {
            assertThat(shared.number()).isEqualTo(number);
            assertThat(shared.givenNames()).isEqualTo("Amira");
            assertThat(shared.surname()).isEqualTo("Haddad");
            assertThat(shared.permitType()).isEqualTo("STUDENT");
            assertThat(shared.state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);
            assertThat(shared.submittedAt()).isNotNull();
            assertThat(shared.appointmentDate()).isEqualTo(day);
        });
    }

    @Test
    void theUniversityNameMatchesIgnoringCaseAndSurroundingSpaces() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, true);

        assertThat(applications.sharedWithUniversity("  " + university.toUpperCase() + " "))
                .extracting(SharedApplication::number).containsExactly(number);
    }

    @Test
    void withoutConsentAnApplicationIsNotListed() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, false);

        assertThat(applications.sharedWithUniversity(university)).isEmpty();
    }

    @Test
    void aWithdrawnConsentRemovesTheApplication() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        journey.shareWithUniversity(number, university, true);
        journey.shareWithUniversity(number, university, false);

        assertThat(applications.sharedWithUniversity(university)).isEmpty();
    }

    @Test
    void anApplicationSharedWithAnotherUniversityIsNotListed() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        journey.shareWithUniversity(number, "Another " + university, true);

        assertThat(applications.sharedWithUniversity(university)).isEmpty();
    }

    @Test
    void aDraftIsNotListedEvenWithConsent() {
        ApplicationNumber number = testApplications.draftStudent(BURSA);
        journey.shareWithUniversity(number, university, true);

        assertThat(applications.sharedWithUniversity(university)).isEmpty();
    }

    @Test
    void aConsentCanBeWithdrawnAfterTheDecisionAndTheUniversityStopsSeeingTheStudentAtOnce() {
        ApplicationNumber number = testApplications.underReview(BURSA);
        journey.shareWithUniversity(number, university, true);
        reviews.approve(number, LocalDate.now(), LocalDate.now().plusMonths(6), "one semester", Actor.staff("o"));
        assertThat(applications.sharedWithUniversity(university)).extracting(SharedApplication::number)
                .containsExactly(number);

        journey.shareWithUniversity(number, university, false);

        assertThat(applications.sharedWithUniversity(university)).isEmpty();
    }

    @Test
    void aConsentCannotBeGivenAfterTheDecision() {
        ApplicationNumber number = testApplications.underReview(BURSA);
        reviews.reject(number, java.util.List.of("CONDITIONS_NOT_MET"), "no income", Actor.staff("o"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> journey.shareWithUniversity(number, university, true))
                .isInstanceOf(ApplicationStateException.class);
        assertThat(applications.sharedWithUniversity(university)).isEmpty();
    }
}
