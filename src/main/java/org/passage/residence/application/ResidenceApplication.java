package org.passage.residence.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.ApplicationSubmitted;

/**
 * An e-residence application: the aggregate that guards its own state. Every change of state is a
 * method here that checks it is allowed, changes the state, records a {@link Transition} (who, when,
 * why) and, where other modules care, registers an event.
 */
public final class ResidenceApplication {

    private final ApplicationNumber number;
    private final String applicationKind;
    private final Identity identity;
    private final ApplicantContact contact;
    private final Instant createdAt;
    private final int version;
    private ApplicationState state;
    private Instant emailVerifiedAt;
    private Map<String, String> answers;
    private ProvinceCode province;
    private String university;
    private boolean shareWithUniversity;
    private Instant consentChangedAt;
    private Submission submission;
    private LocalDate appointmentDate;
    private ProvinceCode appointmentProvince;
    private Instant updatedAt;
    private final List<Transition> transitions = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    /** Rebuilds an application from storage; nothing is recorded. */
    ResidenceApplication(ApplicationNumber number, ApplicationState state, String applicationKind, Identity identity,
            ApplicantContact contact, Instant emailVerifiedAt, Map<String, String> answers, ProvinceCode province,
            String university, boolean shareWithUniversity, Instant consentChangedAt, Submission submission,
            LocalDate appointmentDate, ProvinceCode appointmentProvince, Instant createdAt, Instant updatedAt,
            int version) {
        this.number = Objects.requireNonNull(number);
        this.state = Objects.requireNonNull(state);
        this.applicationKind = Objects.requireNonNull(applicationKind);
        this.identity = Objects.requireNonNull(identity);
        this.contact = Objects.requireNonNull(contact);
        this.emailVerifiedAt = emailVerifiedAt;
        this.answers = new LinkedHashMap<>(answers);
        this.province = province;
        this.university = university;
        this.shareWithUniversity = shareWithUniversity;
        this.consentChangedAt = consentChangedAt;
        this.submission = submission;
        this.appointmentDate = appointmentDate;
        this.appointmentProvince = appointmentProvince;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /**
     * A new draft from the pre-registration form; {@code answers} holds what that form already
     * answered for the application form (kind, current permit).
     */
    public static ResidenceApplication preRegister(ApplicationNumber number, String applicationKind, Identity identity,
            ApplicantContact contact, Map<String, String> answers, Instant now) {
        ResidenceApplication application = new ResidenceApplication(number, ApplicationState.DRAFT, applicationKind,
                identity, contact, null, answers, null, null, false, null, null, null, null, now, now, -1);
        application.record(now, Actor.applicant(number), "PRE_REGISTERED", null, ApplicationState.DRAFT, null);
        return application;
    }

    /** The applicant proved the e-mail address with a one-time code. */
    public void emailVerified(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
            record(now, Actor.applicant(number), "EMAIL_VERIFIED", state, state, null);
        }
    }

    /** Saves the answers of the application form; only a draft can change. */
    public void saveAnswers(Map<String, String> newAnswers, ProvinceCode newProvince, Instant now) {
        requireState("SAVE_ANSWERS", ApplicationState.DRAFT);
        this.answers = new LinkedHashMap<>(newAnswers);
        this.province = newProvince;
        this.updatedAt = now;
    }

    /**
     * Submits the draft: the caller has assessed the answers and found no blocking finding; the
     * assessment is frozen with the application from now on.
     */
    public void submit(Submission frozen, Actor actor) {
        requireState("SUBMIT", ApplicationState.DRAFT);
        if (emailVerifiedAt == null) {
            throw new ApplicationStateException(state, "SUBMIT_UNVERIFIED");
        }
        if (province == null) {
            throw new IllegalStateException("an application is submitted with the province of its address");
        }
        this.submission = Objects.requireNonNull(frozen);
        record(frozen.submittedAt(), actor, "SUBMITTED", ApplicationState.DRAFT, ApplicationState.SUBMITTED, null);
        this.state = ApplicationState.SUBMITTED;
        events.add(new ApplicationSubmitted(number, applicationKind, frozen.permitType(), identity.nationality(),
                province, contact, frozen.submittedAt(), frozen.applicationDate(), frozen.requestedMonths(),
                frozen.maxValidityMonths(), frozen.rulebookVersion()));
    }

    /** An appointment was booked or assigned; when one was booked already, this records the new date. */
    public void appointmentBooked(LocalDate date, ProvinceCode at, Actor actor, Instant now) {
        requireState("BOOK_APPOINTMENT", ApplicationState.SUBMITTED, ApplicationState.APPOINTMENT_BOOKED);
        String action = state == ApplicationState.APPOINTMENT_BOOKED ? "APPOINTMENT_CHANGED" : "APPOINTMENT_BOOKED";
        this.appointmentDate = Objects.requireNonNull(date);
        this.appointmentProvince = Objects.requireNonNull(at);
        record(now, actor, action, state, ApplicationState.APPOINTMENT_BOOKED, date + " " + at);
        this.state = ApplicationState.APPOINTMENT_BOOKED;
    }

    /** The appointment was cancelled: the application waits for a new one. */
    public void appointmentCancelled(Actor actor, String reason, Instant now) {
        requireState("CANCEL_APPOINTMENT", ApplicationState.APPOINTMENT_BOOKED);
        this.appointmentDate = null;
        this.appointmentProvince = null;
        record(now, actor, "APPOINTMENT_CANCELLED", state, ApplicationState.SUBMITTED, reason);
        this.state = ApplicationState.SUBMITTED;
    }

    /**
     * The student's consent to share the application's status with the international office of
     * {@code university}; {@code null} or {@code false} withdraws it.
     */
    public void shareWithUniversity(String universityName, boolean consent, Instant now) {
        if (state.isFinal()) {
            throw new ApplicationStateException(state, "SHARE_WITH_UNIVERSITY");
        }
        boolean before = shareWithUniversity;
        this.university = universityName == null || universityName.isBlank() ? null : universityName.strip();
        this.shareWithUniversity = consent && university != null;
        if (before != shareWithUniversity) {
            consentChangedAt = now;
            record(now, Actor.applicant(number), shareWithUniversity ? "CONSENT_GIVEN" : "CONSENT_WITHDRAWN", state,
                    state, university);
        }
        this.updatedAt = now;
    }

    /** Documents can be added while the application is a draft or while documents are missing. */
    public void requireUploadsAllowed() {
        requireState("UPLOAD_DOCUMENT", ApplicationState.DRAFT, ApplicationState.MISSING_DOCUMENTS);
    }

    private void requireState(String action, ApplicationState... allowed) {
        for (ApplicationState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new ApplicationStateException(state, action);
    }

    private void record(Instant at, Actor actor, String action, ApplicationState from, ApplicationState to,
            String reason) {
        transitions.add(new Transition(at, actor, action, from, to, reason,
                submission == null ? null : submission.rulebookVersion()));
        this.updatedAt = at;
    }

    /** The transitions made since loading, to be stored with the application. */
    List<Transition> newTransitions() {
        return List.copyOf(transitions);
    }

    /** The events registered since loading, published when the application is saved. */
    List<Object> events() {
        return List.copyOf(events);
    }

    public ApplicationNumber number() {
        return number;
    }

    public ApplicationState state() {
        return state;
    }

    public String applicationKind() {
        return applicationKind;
    }

    public Identity identity() {
        return identity;
    }

    public ApplicantContact contact() {
        return contact;
    }

    public Instant emailVerifiedAt() {
        return emailVerifiedAt;
    }

    public Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    public ProvinceCode province() {
        return province;
    }

    public String university() {
        return university;
    }

    public boolean sharesWithUniversity() {
        return shareWithUniversity;
    }

    public Instant consentChangedAt() {
        return consentChangedAt;
    }

    public Submission submission() {
        return submission;
    }

    public LocalDate appointmentDate() {
        return appointmentDate;
    }

    public ProvinceCode appointmentProvince() {
        return appointmentProvince;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    int version() {
        return version;
    }
}
