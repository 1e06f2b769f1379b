package org.passage.notifications;

import java.util.Set;

/**
 * What a notification says. Each type has a subject, an e-mail body and an SMS text in every language,
 * filled from the parameters named here; a {@link Notification} must give exactly these parameters.
 * Values are inserted as given, so dates, amounts and decisions are formatted in the notification's
 * language by the caller.
 */
public enum MessageType {

    /** A one-time code for signing in or confirming: {@code code}, {@code minutes} (how long it is valid). */
    ONE_TIME_CODE("code", "minutes"),

    /** The application was submitted: {@code applicationNumber}. */
    SUBMISSION_RECEIPT("applicationNumber"),

    /** The applicant booked an appointment: {@code applicationNumber}, {@code date}, {@code province}. */
    APPOINTMENT_BOOKED("applicationNumber", "date", "province"),

    /** The directorate assigned an appointment: {@code applicationNumber}, {@code date}, {@code province}. */
    APPOINTMENT_ASSIGNED("applicationNumber", "date", "province"),

    /** The appointment moved to a new date: {@code applicationNumber}, {@code date} (the new one), {@code province}. */
    APPOINTMENT_CHANGED("applicationNumber", "date", "province"),

    /** The appointment was cancelled: {@code applicationNumber}, {@code date} (the cancelled one), {@code province}. */
    APPOINTMENT_CANCELLED("applicationNumber", "date", "province"),

    /** The appointment is tomorrow: {@code applicationNumber}, {@code date}, {@code province}. */
    APPOINTMENT_REMINDER("applicationNumber", "date", "province"),

    /**
     * The officer asks for documents: {@code applicationNumber}, {@code dueDate}, {@code items} (the
     * documents, one per line), {@code note} (the officer's note, or a dash), {@code link} (where to
     * upload them).
     */
    MISSING_DOCUMENTS_REQUESTED("applicationNumber", "dueDate", "items", "note", "link"),

    /** The application was decided: {@code applicationNumber}, {@code decision} (the decision as text). */
    DECISION_MADE("applicationNumber", "decision"),

    /**
     * The applicant missed the appointment, so the application counts as never made:
     * {@code applicationNumber}, {@code date} (of the missed appointment).
     */
    APPLICATION_WITHDRAWN_NO_SHOW("applicationNumber", "date"),

    /** The fee was paid: {@code applicationNumber}, {@code amount}, {@code accrualNumber}. */
    PAYMENT_RECEIVED("applicationNumber", "amount", "accrualNumber"),

    /**
     * To the administrators: a rulebook figure's last period ends soon or has ended: {@code parameter}
     * (its title), {@code rulebook} (the rulebook's title), {@code from} and {@code to} (the last period).
     */
    PARAMETER_PERIOD_ENDING("parameter", "rulebook", "from", "to"),

    /**
     * The admission desk changed the state of a candidate's application: {@code applicationNumber},
     * {@code programme} (its name), {@code state} (the new state as text), {@code link} (the status page).
     */
    ADMISSION_STATE_CHANGED("applicationNumber", "programme", "state", "link"),

    /**
     * The registrar enrolled the candidate: {@code applicationNumber}, {@code programme} (its name),
     * {@code studentNumber}, {@code link} (the status page), {@code residenceLink} (where the student
     * residence application starts from the acceptance letter, its code filled in).
     */
    ADMISSION_ENROLLED("applicationNumber", "programme", "studentNumber", "link", "residenceLink"),

    /**
     * The university's registrar asks the candidate for a corrected document: {@code applicationNumber},
     * {@code programme} (its name), {@code document} (its title), {@code dueDate}, {@code note} (the
     * registrar's note, or a dash), {@code link} (where to upload it).
     */
    ADMISSION_CORRECTION_REQUESTED("applicationNumber", "programme", "document", "dueDate", "note", "link"),

    /**
     * A German visa file changed: {@code fileNumber}, {@code status} (what happened, as text),
     * {@code link} (the file's page).
     */
    VISA_FILE_UPDATED("fileNumber", "status", "link"),

    /**
     * The holder's residence permit ends soon and the extension window is open: {@code applicationNumber},
     * {@code permitNumber}, {@code validUntil} (the permit's last day), {@code link} (where the extension
     * starts, filled in from the earlier application).
     */
    PERMIT_RENEWAL_REMINDER("applicationNumber", "permitNumber", "validUntil", "link"),

    /**
     * A representative asks the applicant for a mandate: {@code applicationNumber},
     * {@code representative} (name and kind), {@code scopes} (what it covers, as text), {@code endsOn},
     * {@code mandateId}, {@code code} (the one-time code that confirms it), {@code minutes}.
     */
    MANDATE_REQUESTED("applicationNumber", "representative", "scopes", "endsOn", "mandateId", "code", "minutes"),

    /**
     * A representative did something for the applicant under a mandate: {@code applicationNumber},
     * {@code representative} (name and kind), {@code action} (what, as text).
     */
    REPRESENTATIVE_ACTED("applicationNumber", "representative", "action");

    private final Set<String> parameters;

    MessageType(String... parameters) {
        this.parameters = Set.of(parameters);
    }

    /** The names of the parameters this type's texts are filled from. */
    public Set<String> parameters() {
        return parameters;
    }
}
