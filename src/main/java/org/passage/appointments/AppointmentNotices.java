package org.passage.appointments;

import java.util.Locale;
import java.util.Map;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.residence.ApplicantContact;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant about their appointment by e-mail and SMS, in their language. Called inside the
 * transaction that changes the appointment: the notification goes out only if the change commits.
 */
@Component
class AppointmentNotices {

    private final Notifications notifications;
    private final AppointmentTexts texts;

    AppointmentNotices(Notifications notifications, AppointmentTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    void booked(Appointment appointment, ApplicantContact contact) {
        send(MessageType.APPOINTMENT_BOOKED, appointment, contact, null);
    }

    void assigned(Appointment appointment, ApplicantContact contact) {
        send(MessageType.APPOINTMENT_ASSIGNED, appointment, contact, null);
    }

    /** The appointment moved: {@code appointment} is the new one. */
    void changed(Appointment appointment, ApplicantContact contact) {
        send(MessageType.APPOINTMENT_CHANGED, appointment, contact, null);
    }

    /** The appointment was cancelled: {@code appointment} is the cancelled one. */
    void cancelled(Appointment appointment, ApplicantContact contact) {
        send(MessageType.APPOINTMENT_CANCELLED, appointment, contact, null);
    }

    /** The appointment is tomorrow; sent once per appointment, however often this is called. */
    void reminder(Appointment appointment, ApplicantContact contact) {
        send(MessageType.APPOINTMENT_REMINDER, appointment, contact, reminderKey(appointment));
    }

    static String reminderKey(Appointment appointment) {
        return "appointment-reminder:" + appointment.id();
    }

    private void send(MessageType type, Appointment appointment, ApplicantContact contact, String key) {
        Locale language = contact.language();
        notifications.send(new Notification(type, new Recipient(contact.email(), contact.mobile()), language,
                Map.of("applicationNumber", appointment.application().formatted(),
                        "date", texts.date(appointment.date(), language),
                        "province", texts.province(appointment.province(), language)),
                key));
    }
}
