package org.passage.appointments;

import java.util.Locale;
import java.util.Map;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ResidenceApplications;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant about their appointment by e-mail and SMS, in their language. Called inside the
 * transaction that changes the appointment: the notification goes out only if the change commits.
 */
@Component
class AppointmentNotices {

    private final Notifications notifications;
    private final ResidenceApplications residence;
    private final AppointmentTexts texts;

    AppointmentNotices(Notifications notifications, ResidenceApplications residence, AppointmentTexts texts) {
        this.notifications = notifications;
        this.residence = residence;
        this.texts = texts;
    }

    void booked(Appointment appointment) {
        send(MessageType.APPOINTMENT_BOOKED, appointment, null);
    }

    void assigned(Appointment appointment) {
        send(MessageType.APPOINTMENT_ASSIGNED, appointment, null);
    }

    /** The appointment moved: {@code appointment} is the new one. */
    void changed(Appointment appointment) {
        send(MessageType.APPOINTMENT_CHANGED, appointment, null);
    }

    /** The appointment was cancelled: {@code appointment} is the cancelled one. */
    void cancelled(Appointment appointment) {
        send(MessageType.APPOINTMENT_CANCELLED, appointment, null);
    }

    /** The appointment is tomorrow; sent once per appointment, however often this is called. */
    void reminder(Appointment appointment) {
        send(MessageType.APPOINTMENT_REMINDER, appointment, reminderKey(appointment));
    }

    static String reminderKey(Appointment appointment) {
        return "appointment-reminder:" + appointment.id();
    }

    private void send(MessageType type, Appointment appointment, String key) {
        ApplicantContact contact = residence.find(appointment.application()).orElseThrow().contact();
        Locale language = contact.language();
        notifications.send(new Notification(type, new Recipient(contact.email(), contact.mobile()), language,
                Map.of("applicationNumber", appointment.application().formatted(),
                        "date", texts.date(appointment.date(), language),
                        "province", texts.province(appointment.province(), language)),
                key));
    }
}
