package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The day before an appointment its applicant is reminded, once, however often and wherever the job runs. */
@PassageIntegrationTest
class AppointmentRemindersIntegrationTest {

    static final ProvinceCode SAMSUN = new ProvinceCode("55");

    @Autowired
    AppointmentReminders reminders;
    @Autowired
    TestApplications testApplications;
    @Autowired
    Appointments appointments;
    @Autowired
    Directorates directorates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AppointmentNotices notices;
    @Autowired
    org.passage.residence.ResidenceApplications residence;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void twoNodesRemindingAtOnceRemindEveryAppointmentOfTheDayExactlyOnce() {
        LocalDate day = directorates.places(SAMSUN, appointments.firstBookableDay(), appointments.lastBookableDay())
                .stream().filter(DayPlaces::available).toList().getLast().date();
        ApplicationNumber first = testApplications.submitStudent(SAMSUN);
        ApplicationNumber second = testApplications.submitStudent(SAMSUN);
        Appointment a = appointments.book(first, SAMSUN, day, Actor.applicant(first));
        Appointment b = appointments.book(second, SAMSUN, day, Actor.applicant(second));
        int due = dueOn(day);

        var node1 = CompletableFuture.supplyAsync(() -> reminders.remindOfDay(day));
        var node2 = CompletableFuture.supplyAsync(() -> reminders.remindOfDay(day));

        assertThat(node1.join() + node2.join()).isEqualTo(due);
        assertThat(reminders.remindOfDay(day)).isZero();
        assertThat(remindedAt(a)).isNotNull();
        assertThat(remindedAt(b)).isNotNull();
        assertThat(notificationsWithKey(AppointmentNotices.reminderKey(a))).isOne();
        assertThat(notificationsWithKey(AppointmentNotices.reminderKey(b))).isOne();
        String email = residence.find(first).orElseThrow().contact().email();
        assertThat(Mails.await(email, subject -> subject.startsWith("Reminder: your appointment tomorrow")).text())
                .contains(first.formatted(), "Province: Samsun");
    }

    @Test
    void aReminderSentAgainIsNotDeliveredTwice() {
        LocalDate day = directorates.places(SAMSUN, appointments.firstBookableDay(), appointments.lastBookableDay())
                .stream().filter(DayPlaces::available).toList().getLast().date();
        ApplicationNumber number = testApplications.submitStudent(SAMSUN);
        Appointment appointment = appointments.book(number, SAMSUN, day, Actor.applicant(number));
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);

        var contact = residence.find(number).orElseThrow().contact();
        transaction.executeWithoutResult(status -> notices.reminder(appointment, contact));
        transaction.executeWithoutResult(status -> notices.reminder(appointment, contact));

        assertThat(notificationsWithKey(AppointmentNotices.reminderKey(appointment))).isOne();
    }

    @Test
    void aChangedAppointmentIsRemindedOfItsNewDay() {
        var free = directorates.places(SAMSUN, appointments.firstBookableDay(), appointments.lastBookableDay())
                .stream().filter(DayPlaces::available).toList();
        LocalDate oldDay = free.get(free.size() - 2).date();
        LocalDate newDay = free.get(free.size() - 3).date();
        ApplicationNumber number = testApplications.submitStudent(SAMSUN);
        appointments.book(number, SAMSUN, oldDay, Actor.applicant(number));
        reminders.remindOfDay(oldDay);

        Appointment moved = appointments.book(number, SAMSUN, newDay, Actor.applicant(number));

        assertThat(remindedAt(moved)).isNull();
        reminders.remindOfDay(newDay);
        assertThat(remindedAt(moved)).isNotNull();
    }

    private int notificationsWithKey(String key) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE idempotency_key = ?").param(key)
                .query(Integer.class).single();
    }

    private int dueOn(LocalDate day) {
        return jdbc.sql("SELECT count(*) FROM appointment WHERE day = ? AND status = 'BOOKED' AND reminder_sent_at IS NULL")
                .param(day).query(Integer.class).single();
    }

    private java.time.Instant remindedAt(Appointment appointment) {
        return jdbc.sql("SELECT reminder_sent_at FROM appointment WHERE id = ?").param(appointment.id())
                .query((rs, i) -> java.util.Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .single().orElse(null);
    }
}
