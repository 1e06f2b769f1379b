package org.passage.directorate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.passage.appointments.Appointment;
import org.passage.appointments.AppointmentRefusedException;
import org.passage.appointments.Appointments;
import org.passage.calendar.BusinessCalendar;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases for the directorate's tests: real applications that booked through module appointments, and
 * a way to let their appointment day come (attendance is recorded on the day, never before).
 */
@Component
public class TestCases {

    private final TestApplications applications;
    private final Appointments appointments;
    private final BusinessCalendar calendar;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TestCases(TestApplications applications, Appointments appointments, BusinessCalendar calendar, JdbcClient jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.applications = applications;
        this.appointments = appointments;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A submitted student who booked the first free business day in {@code province} (not Istanbul or Ankara). */
    public ApplicationNumber booked(ProvinceCode province, Locale language) {
        ApplicationNumber number = applications.submitStudent(province, language);
        LocalDate day = appointments.firstBookableDay();
        for (int tries = 0; ; tries++) {
            day = calendar.addBusinessDays(day, 0);
            try {
                appointments.book(number, province, day, Actor.applicant(number));
                return number;
            } catch (AppointmentRefusedException e) {
                if (tries > 40) {
                    throw e;
                }
                day = day.plusDays(1);
            }
        }
    }

    /** The same student on the day of the appointment. */
    public ApplicationNumber appointmentToday(ProvinceCode province) {
        ApplicationNumber number = booked(province, Locale.ENGLISH);
        appointmentDayHasCome(number);
        return number;
    }

    /**
     * Lets the booked appointment's day come: the appointment (and its place) moves to today, as if
     * the days had passed. Test time only; nothing in the application moves an appointment into the past.
     */
    public void appointmentDayHasCome(ApplicationNumber number) {
        LocalDate today = LocalDate.now(clock);
        Appointment appointment = appointments.active(number).orElseThrow();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE appointment_day SET booked = booked - 1 WHERE province = ? AND day = ?")
                    .params(appointment.province().value(), appointment.date()).update();
            jdbc.sql("""
                    INSERT INTO appointment_day (province, day, capacity, booked) VALUES (?, ?, 100, 1)
                    ON CONFLICT (province, day) DO UPDATE SET booked = appointment_day.booked + 1,
                        capacity = GREATEST(appointment_day.capacity, appointment_day.booked + 1)""")
                    .params(appointment.province().value(), today).update();
            jdbc.sql("UPDATE appointment SET day = ? WHERE id = ?").params(today, appointment.id()).update();
            jdbc.sql("UPDATE residence_application SET appointment_date = ? WHERE number = ?")
                    .params(today, number.value()).update();
        });
    }
}
