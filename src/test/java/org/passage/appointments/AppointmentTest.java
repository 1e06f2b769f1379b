package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passage.appointments.AppointmentRefusedException.Reason;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;

class AppointmentTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final ApplicationNumber NUMBER = ApplicationNumber.random();
    static final Actor APPLICANT = Actor.applicant(NUMBER);
    static final Actor OFFICER = Actor.staff("officer1");

    static Appointment bookedIn(String province) {
        return Appointment.book(NUMBER, new ProvinceCode(province), DAY, NOW, APPLICANT);
    }

    @Test
    void aNewAppointmentIsBookedAndOpen() {
        Appointment a = bookedIn("16");
        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(a.closedAt()).isNull();
        assertThat(a.changeableByApplicant(DAY.minusDays(1))).isTrue();
    }

    @Test
    void theApplicantCancelsBeforeTheDayWithTheReasonKept() {
        Appointment cancelled = bookedIn("16").cancel(DAY.minusDays(1), NOW, APPLICANT, "  travelling ");
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.reason()).isEqualTo("travelling");
        assertThat(cancelled.closedBy()).isEqualTo(APPLICANT);
    }

    @Test
    void onTheDayItIsTooLateToCancelOrChange() {
        assertThatThrownBy(() -> bookedIn("16").cancel(DAY, NOW, APPLICANT, null))
                .isInstanceOfSatisfying(AppointmentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LATE));
        assertThatThrownBy(() -> bookedIn("16").replace(DAY, NOW, APPLICANT))
                .isInstanceOfSatisfying(AppointmentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LATE));
    }

    @Test
    void anApplicantCannotCancelADateTheIstanbulDirectorateAssigned() {
        Appointment assigned = bookedIn("34");
        assertThat(assigned.assignedByDirectorate()).isTrue();
        assertThat(assigned.changeableByApplicant(DAY.minusDays(5))).isFalse();
        assertThatThrownBy(() -> assigned.cancel(DAY.minusDays(5), NOW, APPLICANT, null))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ASSIGNED_BY_DIRECTORATE));
        assertThat(assigned.cancel(DAY.minusDays(5), NOW, OFFICER, "directorate closed").status())
                .isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void attendanceIsRecordedOnTheDayOrLaterNeverBefore() {
        assertThatThrownBy(() -> bookedIn("16").attend(DAY.minusDays(1), NOW, OFFICER))
                .isInstanceOfSatisfying(AppointmentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_YET));
        assertThat(bookedIn("16").attend(DAY, NOW, OFFICER).status()).isEqualTo(AppointmentStatus.ATTENDED);
        assertThat(bookedIn("16").miss(DAY.plusDays(1), NOW, OFFICER).status()).isEqualTo(AppointmentStatus.NO_SHOW);
    }

    @Test
    void aNoShowCanBeRescheduledForAValidReasonButNotWithoutOne() {
        Appointment missed = bookedIn("16").miss(DAY, NOW, OFFICER);
        assertThatThrownBy(() -> missed.rescheduleForValidReason(DAY.plusDays(1), NOW, OFFICER, " "))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REASON_REQUIRED));
        Appointment rescheduled = missed.rescheduleForValidReason(DAY.plusDays(1), NOW, OFFICER, "hospital report");
        assertThat(rescheduled.status()).isEqualTo(AppointmentStatus.RESCHEDULED);
        assertThat(rescheduled.reason()).isEqualTo("hospital report");
    }

    @Test
    void anAppointmentStillToComeIsNotRescheduledForAnAbsence() {
        assertThatThrownBy(() -> bookedIn("16").rescheduleForValidReason(DAY.minusDays(1), NOW, OFFICER, "ill"))
                .isInstanceOfSatisfying(AppointmentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_YET));
    }

    @Test
    void aClosedAppointmentNeverChangesAgain() {
        Appointment attended = bookedIn("16").attend(DAY, NOW, OFFICER);
        assertThatThrownBy(() -> attended.miss(DAY, NOW, OFFICER)).isInstanceOf(AppointmentRefusedException.class);
        assertThatThrownBy(() -> attended.cancel(DAY.minusDays(1), NOW, OFFICER, null))
                .isInstanceOf(AppointmentRefusedException.class);
        assertThatThrownBy(() -> attended.rescheduleForValidReason(DAY, NOW, OFFICER, "ill"))
                .isInstanceOf(AppointmentRefusedException.class);
    }

    @Test
    void weeklyCapacityHasNoPlacesAtTheWeekendAndRefusesNegativePlaces() {
        WeeklyCapacity capacity = new WeeklyCapacity(1, 2, 3, 4, 5);
        assertThat(capacity.on(java.time.DayOfWeek.FRIDAY)).isEqualTo(5);
        assertThat(capacity.on(java.time.DayOfWeek.SATURDAY)).isZero();
        assertThatThrownBy(() -> new WeeklyCapacity(1, -1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklyCapacity.everyWeekday(WeeklyCapacity.MAX + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyIstanbulAndAnkaraAssignDates() {
        assertThat(Directorate.assignsDates(ProvinceCode.ISTANBUL)).isTrue();
        assertThat(Directorate.assignsDates(ProvinceCode.ANKARA)).isTrue();
        assertThat(Directorate.assignsDates(new ProvinceCode("35"))).isFalse();
    }
}
