package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.appointments.AppointmentRefusedException.Reason;
import org.passage.appointments.AppointmentsConfiguration.AppointmentsProperties;
import org.passage.calendar.BusinessCalendar;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Transition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PassageIntegrationTest
class AppointmentsIntegrationTest {

    static final ProvinceCode BURSA = new ProvinceCode("16");
    static final ProvinceCode IZMIR = new ProvinceCode("35");
    static final Actor OFFICER = Actor.staff("officer1");

    @Autowired
    TestApplications testApplications;
    @Autowired
    Appointments appointments;
    @Autowired
    Directorates directorates;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KnownApplications knownApplications;
    @Autowired
    AppointmentStore store;
    @Autowired
    DayLedger ledger;
    @Autowired
    AppointmentsProperties properties;
    @Autowired
    AppointmentNotices notices;
    @Autowired
    org.springframework.context.MessageSource messages;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void bookingTakesAPlaceAndMovesTheApplicationToAppointmentBooked() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        LocalDate day = freeDay(BURSA, 0);
        int bookedBefore = placesOn(BURSA, day).booked();

        Appointment appointment = appointments.book(number, BURSA, day, Actor.applicant(number));

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(placesOn(BURSA, day).booked()).isEqualTo(bookedBefore + 1);
        var summary = residence.find(number).orElseThrow();
        assertThat(summary.state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);
        assertThat(journey.history(number).getLast().action()).isEqualTo("APPOINTMENT_BOOKED");
        assertThat(appointments.active(number)).contains(appointment);
        assertThat(mailTo(number, subject -> subject.startsWith("Your appointment on ")).text())
                .contains(number.formatted(), "Province: Bursa", String.valueOf(day.getYear()));
    }

    @Test
    void changingTheDateFreesTheOldPlaceAndTakesTheNewOne() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        LocalDate first = freeDay(BURSA, 0);
        LocalDate second = freeDay(IZMIR, 1);
        appointments.book(number, BURSA, first, Actor.applicant(number));
        int firstBooked = placesOn(BURSA, first).booked();
        int secondBooked = placesOn(IZMIR, second).booked();

        Appointment moved = appointments.book(number, IZMIR, second, Actor.applicant(number));

        assertThat(placesOn(BURSA, first).booked()).isEqualTo(firstBooked - 1);
        assertThat(placesOn(IZMIR, second).booked()).isEqualTo(secondBooked + 1);
        assertThat(appointments.history(number)).extracting(Appointment::status)
                .containsExactly(AppointmentStatus.RESCHEDULED, AppointmentStatus.BOOKED);
        assertThat(appointments.active(number)).contains(moved);
        assertThat(journey.history(number)).extracting(Transition::action)
                .endsWith("APPOINTMENT_BOOKED", "APPOINTMENT_CHANGED");
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);
        assertThat(mailTo(number, subject -> subject.startsWith("Your appointment has moved to ")).text())
                .contains("New date: ", "Province: Izmir");
    }

    @Test
    void cancellingFreesThePlaceAndTheApplicationWaitsForANewAppointment() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        LocalDate day = freeDay(BURSA, 2);
        appointments.book(number, BURSA, day, Actor.applicant(number));
        int booked = placesOn(BURSA, day).booked();

        Appointment cancelled = appointments.cancel(number, Actor.applicant(number), "travelling");

        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(placesOn(BURSA, day).booked()).isEqualTo(booked - 1);
        assertThat(appointments.active(number)).isEmpty();
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(journey.history(number).getLast().reason()).isEqualTo("travelling");
        assertThat(mailTo(number, subject -> subject.endsWith(" is cancelled")).text()).contains(number.formatted());
    }

    @Test
    void theDatabaseAllowsOneActiveAppointmentPerApplication() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        LocalDate day = freeDay(BURSA, 0);
        appointments.book(number, BURSA, day, Actor.applicant(number));
        Appointment second = Appointment.book(number, BURSA, day.plusDays(1), java.time.Instant.now(),
                Actor.applicant(number));
        assertThatThrownBy(() -> store.insert(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesMoreBookedPlacesThanADayHas() {
        LocalDate day = freeDay(BURSA, 3);
        appointments.book(testApplications.submitStudent(BURSA), BURSA, day, Actor.system("test"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE appointment_day SET booked = capacity + 1 WHERE province = ? AND day = ?")
                .params(BURSA.value(), day).update())
                .hasMessageContaining("appointment_day_within_capacity");
    }

    @Test
    void weekendsHolidaysAndDaysOutsideTheWindowAreRefusedAndNothingIsWritten() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        LocalDate saturday = appointments.firstBookableDay().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        LocalDate holiday = calendar.holidays(appointments.firstBookableDay().getYear() + 1).getFirst().date();

        assertRefused(() -> appointments.book(number, BURSA, saturday, Actor.applicant(number)), Reason.NOT_A_BUSINESS_DAY);
        assertRefused(() -> appointments.book(number, BURSA, appointments.firstBookableDay().minusDays(1),
                Actor.applicant(number)), Reason.OUTSIDE_WINDOW);
        assertRefused(() -> appointments.book(number, BURSA, appointments.lastBookableDay().plusDays(1),
                Actor.applicant(number)), Reason.OUTSIDE_WINDOW);
        assertRefused(() -> appointments.book(number, BURSA, holiday, Actor.applicant(number)),
                holiday.isAfter(appointments.lastBookableDay()) ? Reason.OUTSIDE_WINDOW : Reason.NOT_A_BUSINESS_DAY);

        assertThat(appointments.history(number)).isEmpty();
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void aPublicHolidayInTheWindowHasNoPlaces() {
        LocalDate first = appointments.firstBookableDay();
        List<LocalDate> shown = directorates.places(BURSA, first, first.plusYears(1)).stream().map(DayPlaces::date).toList();
        LocalDate holiday = calendar.holidays(first.getYear() + 1).stream().map(h -> h.date())
                .filter(d -> d.getDayOfWeek().getValue() <= 5).findFirst().orElseThrow();
        assertThat(shown).doesNotContain(holiday).allMatch(calendar::isBusinessDay);
    }

    @Test
    void anApplicationNotSubmittedCannotBook() {
        ApplicationNumber draft = testApplications.draftStudent(BURSA);
        assertRefused(() -> appointments.book(draft, BURSA, freeDay(BURSA, 0), Actor.applicant(draft)), Reason.NOT_SUBMITTED);
    }

    @Test
    void inIstanbulAndAnkaraApplicantsDoNotChooseADate() {
        ApplicationNumber istanbul = testApplications.submitStudent(ProvinceCode.ISTANBUL);
        ApplicationNumber bursa = testApplications.submitStudent(BURSA);
        assertRefused(() -> appointments.book(istanbul, BURSA, freeDay(BURSA, 0), Actor.applicant(istanbul)),
                Reason.ASSIGNED_BY_DIRECTORATE);
        assertRefused(() -> appointments.book(bursa, ProvinceCode.ANKARA, freeDay(BURSA, 0), Actor.applicant(bursa)),
                Reason.ASSIGNED_BY_DIRECTORATE);
        assertThat(knownApplications.find(istanbul).orElseThrow().awaitingAssignment()).isTrue();
        assertThat(knownApplications.find(bursa).orElseThrow().awaitingAssignment()).isFalse();
    }

    @Test
    void anOfficerRecordsAttendanceOnTheDayButNotBefore() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        LocalDate day = freeDay(BURSA, 0);
        appointments.book(number, BURSA, day, Actor.applicant(number));
        assertRefused(() -> appointments.attended(number, OFFICER), Reason.NOT_YET);

        Appointment attended = onDay(day, a -> a.attended(number, OFFICER));

        assertThat(attended.status()).isEqualTo(AppointmentStatus.ATTENDED);
        assertThat(attended.closedBy()).isEqualTo(OFFICER);
        assertThat(appointments.active(number)).isEmpty();
        assertThat(appointments.latest(number)).contains(attended);
    }

    @Test
    void aNoShowKeepsItsPlaceAndAValidReasonGivesANewDate() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        LocalDate day = freeDay(BURSA, 0);
        appointments.book(number, BURSA, day, Actor.applicant(number));
        int bookedOnTheDay = placesOn(BURSA, day).booked();

        Appointment missed = onDay(day, a -> a.noShow(number, OFFICER));
        assertThat(missed.status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(placesOn(BURSA, day).booked()).isEqualTo(bookedOnTheDay);

        LocalDate dayAfter = day.plusDays(1);
        LocalDate newDay = freeDayFrom(BURSA, dayAfter.plusDays(1));
        int newDayBooked = placesOn(BURSA, newDay).booked();
        Appointment next = onDay(dayAfter,
                a -> a.rescheduleWithValidReason(number, newDay, "hospital report of the appointment day", OFFICER));

        assertThat(next.date()).isEqualTo(newDay);
        assertThat(next.createdBy()).isEqualTo(OFFICER);
        assertThat(placesOn(BURSA, newDay).booked()).isEqualTo(newDayBooked + 1);
        assertThat(placesOn(BURSA, day).booked()).isEqualTo(bookedOnTheDay - 1);
        assertThat(appointments.history(number)).extracting(Appointment::status)
                .containsExactly(AppointmentStatus.RESCHEDULED, AppointmentStatus.BOOKED);
        assertThat(appointments.history(number).getFirst().reason()).isEqualTo("hospital report of the appointment day");
        assertThat(journey.history(number).getLast().action()).isEqualTo("APPOINTMENT_CHANGED");
    }

    @Test
    void aFullDayIsAConflictProblemInTheCallersLanguage() {
        var problem = new AppointmentFullException().updateAndGetBody(messages, java.util.Locale.forLanguageTag("tr"));
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("O gün artık dolu. Başka bir tarih seçin");
        assertThat(problem.getProperties()).containsEntry("reason", "FULL");
    }

    @Test
    void theBookedCountOfEveryDayEqualsTheAppointmentsHoldingAPlace() {
        List<Integer> mismatches = jdbc.sql("""
                SELECT d.booked - (SELECT count(*) FROM appointment a WHERE a.province = d.province AND a.day = d.day
                    AND a.status IN ('BOOKED', 'ATTENDED', 'NO_SHOW'))
                FROM appointment_day d""").query(Integer.class).list();
        assertThat(mismatches).isNotEmpty().allMatch(difference -> difference == 0);
    }

    @Test
    void anAdministratorsWeeklyPlacesApplyToComingDaysButNeverBelowWhatIsBooked() {
        ProvinceCode kars = new ProvinceCode("36");
        WeeklyCapacity before = directorates.get(kars).capacity();
        LocalDate day = freeDay(kars, 0);
        appointments.book(testApplications.submitStudent(kars), kars, day, Actor.system("test"));
        int booked = placesOn(kars, day).booked();
        try {
            directorates.setWeeklyCapacity(kars, WeeklyCapacity.everyWeekday(0), "STAFF:test");
            assertThat(placesOn(kars, day).capacity()).isEqualTo(booked);
            assertThat(directorates.places(kars, day.plusDays(1), day.plusDays(14)))
                    .allMatch(d -> d.remaining() == 0);
            directorates.setWeeklyCapacity(kars, WeeklyCapacity.everyWeekday(35), "STAFF:test");
            assertThat(placesOn(kars, day).capacity()).isEqualTo(35);
        } finally {
            directorates.setWeeklyCapacity(kars, before, "STAFF:test");
        }
    }

    @Test
    void aDaysPlacesCannotBeSetBelowItsBookings() {
        ProvinceCode kars = new ProvinceCode("36");
        LocalDate day = freeDay(kars, 4);
        appointments.book(testApplications.submitStudent(kars), kars, day, Actor.system("test"));
        int booked = placesOn(kars, day).booked();
        assertRefused(() -> directorates.setPlacesOn(kars, day, booked - 1), Reason.BELOW_BOOKED);
        directorates.setPlacesOn(kars, day, booked);
        assertThat(placesOn(kars, day).remaining()).isZero();
        assertThatThrownBy(() -> appointments.book(testApplications.submitStudent(kars), kars, day, Actor.system("test")))
                .isInstanceOf(AppointmentFullException.class);
    }

    /** The newest e-mail to the application's applicant whose subject matches. */
    private TestMailbox.Mail mailTo(ApplicationNumber number, java.util.function.Predicate<String> subject) {
        return Mails.await(residence.find(number).orElseThrow().contact().email(), subject);
    }

    /** Runs {@code action} with an Appointments whose clock stands at noon of {@code day} in Türkiye. */
    private Appointment onDay(LocalDate day, Function<Appointments, Appointment> action) {
        Clock clock = Clock.fixed(day.atTime(12, 0).atZone(ZoneId.of("Europe/Istanbul")).toInstant(),
                ZoneId.of("Europe/Istanbul"));
        Appointments then = new Appointments(knownApplications, store, ledger, calendar, residence, notices, properties,
                clock);
        return new TransactionTemplate(transactions).execute(status -> action.apply(then));
    }

    /** The {@code skip}-th business day of the window (from the end) with a free place. */
    LocalDate freeDay(ProvinceCode province, int skip) {
        List<DayPlaces> free = directorates.places(province, appointments.firstBookableDay(), appointments.lastBookableDay())
                .stream().filter(DayPlaces::available).toList();
        return free.get(free.size() - 1 - skip).date();
    }

    LocalDate freeDayFrom(ProvinceCode province, LocalDate from) {
        return directorates.places(province, from, from.plusDays(30)).stream().filter(DayPlaces::available)
                .findFirst().orElseThrow().date();
    }

    DayPlaces placesOn(ProvinceCode province, LocalDate day) {
        return directorates.places(province, day, day).getFirst();
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppointmentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
