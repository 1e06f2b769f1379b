package org.passage.residence.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ApplicationDecided;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.ApplicationSubmitted;
import org.passage.residence.ApplicationWithdrawnNoShow;
import org.passage.residence.ChecklistItem;
import org.passage.residence.Decision;
import org.passage.residence.IssuedPermit;
import org.passage.residence.MissingDocuments;
import org.passage.residence.PermitNumber;
import org.passage.residence.ReviewRefusedException;
import org.passage.residence.ReviewRefusedException.Reason;
import org.passage.text.FreeText;

/**
 * An e-residence application: the aggregate that guards its own state. Every change of state is a
 * method here that checks it is allowed, changes the state, records a {@link Transition} (who, when,
 * why) and, where other modules care, registers an event.
 */
public final class ResidenceApplication {

    private final ApplicationNumber number;
    private final String applicationKind;
    private final Identity identity;
    private ApplicantContact contact;
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
    private MissingDocuments missingDocuments;
    private Decision decision;
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

    /**
     * Corrects the e-mail address of a new draft whose address was never proven (no code arrived):
     * the next code goes to the corrected one.
     */
    public void correctEmail(String email, Instant now) {
        requireState("CORRECT_EMAIL", ApplicationState.DRAFT);
        if (emailVerifiedAt != null) {
            throw new ApplicationStateException(state, "CORRECT_VERIFIED_EMAIL");
        }
        this.contact = new ApplicantContact(email, contact.mobile(), contact.language());
        record(now, Actor.applicant(number), "EMAIL_CORRECTED", state, state, null);
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
     * {@code university}; {@code null} or {@code false} withdraws it. A consent can be withdrawn at
     * any time (KVKK art. 7), also after the decision; once decided, it can no longer be given.
     */
    public void shareWithUniversity(String universityName, boolean consent, Instant now) {
        if (state.isFinal() && consent) {
            throw new ApplicationStateException(state, "SHARE_WITH_UNIVERSITY");
        }
        if (state.isFinal()) {
            universityName = university;
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

    /** Restores the review of a loaded application (the latest missing-documents request, the decision). */
    void restoreReview(MissingDocuments latestRequest, Decision decided) {
        this.missingDocuments = latestRequest;
        this.decision = decided;
    }

    /** The applicant came to the appointment: APPOINTMENT_BOOKED → UNDER_REVIEW, the officers' review starts. */
    public void attended(Actor officer, Instant now) {
        requireState("ATTEND", ApplicationState.APPOINTMENT_BOOKED);
        record(now, officer, "ATTENDED", state, ApplicationState.UNDER_REVIEW,
                appointmentDate + " " + appointmentProvince);
        this.state = ApplicationState.UNDER_REVIEW;
    }

    /**
     * The applicant did not come and gave no valid reason: APPOINTMENT_BOOKED → WITHDRAWN_NO_SHOW,
     * the application is deemed never made.
     */
    public void noShow(Actor officer, Instant now) {
        requireState("NO_SHOW", ApplicationState.APPOINTMENT_BOOKED);
        record(now, officer, "NO_SHOW", state, ApplicationState.WITHDRAWN_NO_SHOW,
                "absent on " + appointmentDate + " without a valid reason");
        this.state = ApplicationState.WITHDRAWN_NO_SHOW;
        events.add(new ApplicationWithdrawnNoShow(number, appointmentDate, now));
    }

    /**
     * The applicant missed the appointment for a valid reason (with its documents): the application
     * stays APPOINTMENT_BOOKED and the appointments module gives it a new date.
     */
    public void rescheduleWithValidReason(String reason, Actor officer, Instant now) {
        requireState("RESCHEDULE", ApplicationState.APPOINTMENT_BOOKED);
        String why = text(reason, Reason.REASON_REQUIRED, 1000);
        record(now, officer, "RESCHEDULED_WITH_VALID_REASON", state, state, why);
    }

    /**
     * The officer asks for missing documents ("Eksik Belge"): UNDER_REVIEW → MISSING_DOCUMENTS.
     * {@code items} are codes of the frozen checklist; {@code dueDate} is after {@code today}.
     */
    public void requestMissingDocuments(List<String> items, LocalDate dueDate, String note, Actor officer,
            Instant now, LocalDate today) {
        requireState("REQUEST_MISSING_DOCUMENTS", ApplicationState.UNDER_REVIEW);
        List<String> codes = items == null ? List.of() : items.stream().distinct().toList();
        if (codes.isEmpty()) {
            throw new ReviewRefusedException(Reason.NO_ITEMS, "name at least one missing document");
        }
        List<String> checklist = submission.assessment().checklist().stream().map(ChecklistItem::code).toList();
        for (String code : codes) {
            if (!checklist.contains(code)) {
                throw new ReviewRefusedException(Reason.NOT_ON_CHECKLIST, code);
            }
        }
        if (dueDate == null || !dueDate.isAfter(today)) {
            throw new ReviewRefusedException(Reason.DUE_DATE, "the due date comes after today");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new ReviewRefusedException(Reason.NOTE_TOO_LONG, "at most 1000 characters");
        }
        if (cleanNote != null && !FreeText.isCleanMultiline(cleanNote)) {
            throw new ReviewRefusedException(Reason.INVISIBLE_CHARACTERS, "invisible format characters");
        }
        this.missingDocuments = new MissingDocuments(codes, dueDate, cleanNote, now, officer, null);
        record(now, officer, "MISSING_DOCUMENTS_REQUESTED", state, ApplicationState.MISSING_DOCUMENTS,
                String.join(", ", codes) + "; due " + dueDate + (cleanNote == null ? "" : "; " + cleanNote));
        this.state = ApplicationState.MISSING_DOCUMENTS;
    }

    /**
     * The applicant sent the missing documents by the due date: MISSING_DOCUMENTS → UNDER_REVIEW.
     * After the due date it is too late: the case waits for the expiry job.
     */
    public void missingDocumentsCompleted(Actor applicant, Instant now, LocalDate today) {
        requireState("COMPLETE_MISSING_DOCUMENTS", ApplicationState.MISSING_DOCUMENTS);
        if (today.isAfter(missingDocuments.dueDate())) {
            throw new ApplicationStateException(state, "COMPLETE_MISSING_DOCUMENTS_AFTER_DUE_DATE");
        }
        MissingDocuments open = missingDocuments;
        this.missingDocuments = new MissingDocuments(open.items(), open.dueDate(), open.note(), open.requestedAt(),
                open.requestedBy(), now);
        record(now, applicant, "MISSING_DOCUMENTS_COMPLETED", state, ApplicationState.UNDER_REVIEW,
                String.join(", ", open.items()));
        this.state = ApplicationState.UNDER_REVIEW;
    }

    /**
     * The due date passed without the missing documents: MISSING_DOCUMENTS → REJECTED on the ground
     * {@value #MISSING_DOCUMENTS_NOT_COMPLETED}.
     */
    public void missingDocumentsExpired(Actor system, Instant now, LocalDate today) {
        requireState("EXPIRE_MISSING_DOCUMENTS", ApplicationState.MISSING_DOCUMENTS);
        if (!today.isAfter(missingDocuments.dueDate())) {
            throw new ApplicationStateException(state, "EXPIRE_MISSING_DOCUMENTS_BEFORE_DUE_DATE");
        }
        this.decision = new Decision(Decision.Outcome.REJECTED, List.of(MISSING_DOCUMENTS_NOT_COMPLETED), null, now,
                system, null);
        record(now, system, "REJECTED", state, ApplicationState.REJECTED,
                MISSING_DOCUMENTS_NOT_COMPLETED + "; due " + missingDocuments.dueDate());
        this.state = ApplicationState.REJECTED;
        events.add(new ApplicationDecided(number, Decision.Outcome.REJECTED, null, decision.grounds(), now));
    }

    /**
     * Approves the application: UNDER_REVIEW → APPROVED, issuing permit {@code permitNumber} from
     * {@code validFrom} to {@code validUntil}. The validity never passes {@link #validityLimit}; an
     * end before {@link #standardValidUntil} is a shortening and needs its reason. A long-term permit
     * is indefinite ({@code validUntil} is {@code null}).
     */
    public IssuedPermit approve(PermitNumber permitNumber, LocalDate validFrom, LocalDate validUntil,
            String shorteningReason, Actor officer, Instant now) {
        requireState("APPROVE", ApplicationState.UNDER_REVIEW);
        if (validFrom == null || validFrom.isBefore(submission.applicationDate())) {
            throw new ReviewRefusedException(Reason.VALID_FROM_BEFORE_APPLICATION,
                    "a permit starts on or after the application date " + submission.applicationDate());
        }
        Optional<LocalDate> limit = validityLimit(validFrom);
        String shortened = null;
        if (limit.isEmpty()) {
            if (validUntil != null) {
                throw new ReviewRefusedException(Reason.INDEFINITE_PERMIT, "a long-term permit has no end");
            }
        } else {
            if (validUntil == null) {
                throw new ReviewRefusedException(Reason.VALIDITY_REQUIRED, "the permit needs its last day");
            }
            if (validUntil.isBefore(validFrom)) {
                throw new ReviewRefusedException(Reason.VALID_UNTIL_BEFORE_VALID_FROM, validFrom + " > " + validUntil);
            }
            if (validUntil.isAfter(limit.get())) {
                throw new ReviewRefusedException(Reason.VALIDITY_TOO_LONG,
                        validUntil + " is after " + limit.get() + ", the longest the rules allow");
            }
            if (validUntil.isBefore(standardValidUntil(validFrom).orElseThrow())) {
                shortened = text(shorteningReason, Reason.SHORTENING_REASON_REQUIRED, 1000);
            }
        }
        IssuedPermit permit = new IssuedPermit(permitNumber, number, identity.passportNumber(), submission.permitType(),
                permitReason(), validFrom, validUntil, shortened, now, officer);
        this.decision = new Decision(Decision.Outcome.APPROVED, List.of(), null, now, officer, permit);
        record(now, officer, "APPROVED", state, ApplicationState.APPROVED, permitNumber.formatted() + " "
                + validFrom + " – " + (validUntil == null ? "indefinite" : validUntil)
                + (shortened == null ? "" : "; shortened: " + shortened));
        this.state = ApplicationState.APPROVED;
        events.add(new ApplicationDecided(number, Decision.Outcome.APPROVED, permitNumber, List.of(), now));
        return permit;
    }

    /**
     * Rejects the application: UNDER_REVIEW → REJECTED on {@code grounds} (refusal-ground codes the
     * caller checked against the rulebook) with the officer's explanation.
     */
    public void reject(List<String> grounds, String explanation, Actor officer, Instant now) {
        requireState("REJECT", ApplicationState.UNDER_REVIEW);
        List<String> codes = grounds == null ? List.of() : grounds.stream().distinct().toList();
        if (codes.isEmpty()) {
            throw new ReviewRefusedException(Reason.NO_GROUNDS, "name at least one refusal ground");
        }
        String why = text(explanation, Reason.EXPLANATION_REQUIRED, 1500);
        this.decision = new Decision(Decision.Outcome.REJECTED, codes, why, now, officer, null);
        record(now, officer, "REJECTED", state, ApplicationState.REJECTED, String.join(", ", codes) + "; " + why);
        this.state = ApplicationState.REJECTED;
        events.add(new ApplicationDecided(number, Decision.Outcome.REJECTED, null, codes, now));
    }

    /**
     * The last day a permit starting on {@code validFrom} may have: the validity frozen at submission,
     * and never more than the frozen maximum months from {@code validFrom}; empty for an indefinite
     * (long-term) permit.
     */
    public Optional<LocalDate> validityLimit(LocalDate validFrom) {
        requireSubmitted();
        Integer months = submission.maxValidityMonths();
        if (months == null) {
            return Optional.empty();
        }
        LocalDate byMonths = validFrom.plusMonths(months);
        LocalDate frozen = submission.validUntil();
        return Optional.of(frozen != null && frozen.isBefore(byMonths) ? frozen : byMonths);
    }

    /**
     * The validity the applicant asked for within the limit (the limit when nothing was asked):
     * ending before it is a shortening.
     */
    public Optional<LocalDate> standardValidUntil(LocalDate validFrom) {
        Optional<LocalDate> limit = validityLimit(validFrom);
        Integer requested = submission.requestedMonths();
        if (limit.isEmpty() || requested == null) {
            return limit;
        }
        LocalDate asked = validFrom.plusMonths(requested);
        return Optional.of(asked.isBefore(limit.get()) ? asked : limit.get());
    }

    /** The ground of a rejection for missing documents not sent by their due date. */
    public static final String MISSING_DOCUMENTS_NOT_COMPLETED = "MISSING_DOCUMENTS_NOT_COMPLETED";

    private void requireSubmitted() {
        if (submission == null) {
            throw new ApplicationStateException(state, "REVIEW");
        }
    }

    private String permitReason() {
        for (String key : List.of("reason", "studyLevel", "relationship")) {
            String value = answers.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String text(String value, Reason missing, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ReviewRefusedException(missing, "a text is required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new ReviewRefusedException(Reason.TEXT_TOO_LONG, "at most " + maxLength + " characters");
        }
        if (!FreeText.isCleanMultiline(stripped)) {
            throw new ReviewRefusedException(Reason.INVISIBLE_CHARACTERS, "invisible format characters");
        }
        return stripped;
    }

    /**
     * The applicant removes an uploaded document: recorded in the history. While a draft any; while
     * documents are missing only one uploaded since the request, because the officer has reviewed
     * (and may have marked received) the ones before.
     */
    public void documentRemoved(Attachment attachment, Actor actor, Instant now) {
        if (!removable(attachment)) {
            throw new ApplicationStateException(state, "REMOVE_DOCUMENT");
        }
        record(now, actor, "DOCUMENT_REMOVED", state, state, attachment.itemCode() + ": " + attachment.fileName());
    }

    /** Whether the applicant may remove this uploaded document now (see {@link #documentRemoved}). */
    public boolean removable(Attachment attachment) {
        return state == ApplicationState.DRAFT || state == ApplicationState.MISSING_DOCUMENTS
                && !attachment.uploadedAt().isBefore(missingDocuments.requestedAt());
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

    /** The latest request for missing documents, or {@code null} when none was made. */
    public MissingDocuments missingDocuments() {
        return missingDocuments;
    }

    /** The decision, or {@code null} while the application is not decided. */
    public Decision decision() {
        return decision;
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
