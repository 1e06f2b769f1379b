package org.passage.admissions.desk;

import static org.passage.admissions.desk.AdmissionState.ADMITTED;
import static org.passage.admissions.desk.AdmissionState.CLOSED_INELIGIBLE;
import static org.passage.admissions.desk.AdmissionState.DRAFT;
import static org.passage.admissions.desk.AdmissionState.ENROLLED;
import static org.passage.admissions.desk.AdmissionState.INTERVIEW_REQUESTED;
import static org.passage.admissions.desk.AdmissionState.IN_EVALUATION;
import static org.passage.admissions.desk.AdmissionState.OFFER_ACCEPTED;
import static org.passage.admissions.desk.AdmissionState.OFFER_DECLINED;
import static org.passage.admissions.desk.AdmissionState.SUBMITTED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.passage.admissions.desk.AdmissionRefusedException.Reason;

/**
 * A candidate's application for one programme of one intake: the aggregate that guards its own
 * state. Every change is a method here that checks it is allowed, changes the state and records an
 * {@link AdmissionTransition} (who, when, why, the cited ground and the rulebook version).
 */
public final class AdmissionApplication {

    private static final Set<AdmissionState> HOLDING_A_PLACE = EnumSet.of(ADMITTED, OFFER_ACCEPTED, ENROLLED);

    private final AdmissionNumber number;
    private final String university;
    private final String intake;
    private final String programme;
    private final int preference;
    private final String candidateEmail;
    private final Instant createdAt;
    private final int version;
    private AdmissionState state;
    private Submission submission;
    private Instant submittedAt;
    private String studentNumber;
    private Instant updatedAt;
    private final List<AdmissionTransition> transitions = new ArrayList<>();

    AdmissionApplication(AdmissionNumber number, String university, String intake, String programme, int preference,
            String candidateEmail, AdmissionState state, Submission submission, Instant submittedAt,
            String studentNumber, Instant createdAt, Instant updatedAt, int version) {
        this.number = Objects.requireNonNull(number);
        this.university = Objects.requireNonNull(university);
        this.intake = Objects.requireNonNull(intake);
        this.programme = Objects.requireNonNull(programme);
        if (preference < 1 || preference > 20) {
            throw new IllegalArgumentException("a preference is 1 to 20");
        }
        this.preference = preference;
        this.candidateEmail = Objects.requireNonNull(candidateEmail);
        this.state = Objects.requireNonNull(state);
        this.submission = submission;
        this.submittedAt = submittedAt;
        this.studentNumber = studentNumber;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** A new draft for the candidate's programme choice of the intake, ranked {@code preference}. */
    public static AdmissionApplication draft(Intake intake, String programme, int preference, String candidateEmail,
            Instant now) {
        AdmissionApplication draft = new AdmissionApplication(AdmissionNumber.random(), intake.university(),
                intake.code(), programme, preference, candidateEmail, DRAFT, null, null, null, now, now, 0);
        draft.record(now, AdmissionActor.candidate(candidateEmail), "CREATE", null, DRAFT, null, null);
        return draft;
    }

    /**
     * Submits the draft with its frozen eligibility answer: refused after the intake's deadline or
     * before its opening (§7.4), and while a required document is missing.
     */
    public void submit(Intake intake, Submission frozen, List<String> missingDocuments, Instant now, LocalDate today) {
        requireState("SUBMIT", DRAFT);
        if (!intake.code().equals(this.intake) || !intake.university().equals(university)) {
            throw new IllegalArgumentException("the intake is not the application's");
        }
        if (!intake.openOn(today)) {
            throw new AdmissionRefusedException(Reason.INTAKE_CLOSED,
                    "intake " + intake.code() + " is not open for applications on " + today);
        }
        if (!missingDocuments.isEmpty()) {
            throw new AdmissionRefusedException(Reason.DOCUMENTS_MISSING,
                    "required documents missing: " + missingDocuments, missingDocuments);
        }
        this.submission = Objects.requireNonNull(frozen);
        this.submittedAt = now;
        move(now, AdmissionActor.candidate(candidateEmail), "SUBMIT", SUBMITTED, null, null);
    }

    /** The registrar forwards a complete, eligible file to the committee. */
    public void forward(AdmissionActor registrar, Instant now) {
        requireState("FORWARD", SUBMITTED);
        move(now, registrar, "FORWARD", IN_EVALUATION, null, null);
    }

    /** The registrar closes an ineligible file with the rulebook's refusal code (§7.2.2). */
    public void closeIneligible(AdmissionActor registrar, String refusalCode, String reason, Instant now) {
        requireState("CLOSE_INELIGIBLE", SUBMITTED);
        requireGround(refusalCode, "a closure carries the rulebook's refusal code");
        move(now, registrar, "CLOSE_INELIGIBLE", CLOSED_INELIGIBLE, reason, refusalCode);
    }

    /**
     * The registrar asks the candidate for a corrected {@code document} by {@code by}, a day after
     * today, while the file awaits the completeness check; recorded in the history, the state stays.
     */
    public void requestCorrection(AdmissionActor registrar, String document, LocalDate by, String note, Instant now,
            LocalDate today) {
        requireState("REQUEST_CORRECTION", SUBMITTED);
        if (document == null || !document.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new IllegalArgumentException("a document is named by its code");
        }
        if (by == null || !by.isAfter(today)) {
            throw new IllegalArgumentException("a corrected document is asked for by a day after today");
        }
        updatedAt = now;
        transitions.add(new AdmissionTransition(now, registrar, "REQUEST_CORRECTION", state, state, note, null,
                submission == null ? null : submission.rulebookVersion(), document, by));
    }

    /** The committee asks the candidate for an interview by e-mail or phone (§7.5). */
    public void requestInterview(AdmissionActor committeeMember, String how, Instant now) {
        requireState("REQUEST_INTERVIEW", IN_EVALUATION);
        move(now, committeeMember, "REQUEST_INTERVIEW", INTERVIEW_REQUESTED, how, null);
    }

    /** The committee records the interview held; the file is back in evaluation. */
    public void recordInterview(AdmissionActor committeeMember, String record, Instant now) {
        requireState("RECORD_INTERVIEW", INTERVIEW_REQUESTED);
        if (Decision.blank(record)) {
            throw new AdmissionRefusedException(Reason.GROUND_REQUIRED, "an interview record says what was learnt");
        }
        move(now, committeeMember, "RECORD_INTERVIEW", IN_EVALUATION, record, null);
    }

    /**
     * The committee and the dean decide; a rejection needs its cited ground, and a changed decision
     * (the file was decided already) needs its reason. The caller takes or gives back the quota place
     * as {@link #holdsPlace()} changes.
     */
    public void decide(Decision decision, Instant now) {
        if (!state.decidable()) {
            throw refused("DECIDE");
        }
        if (decision.outcome() == Decision.Outcome.REJECT) {
            requireGround(decision.ground(), "a rejection carries its cited ground");
        }
        if (state.decided() && Decision.blank(decision.reason())) {
            throw new AdmissionRefusedException(Reason.GROUND_REQUIRED, "a changed decision says why");
        }
        if (state == decision.outcome().state()) {
            throw refused("DECIDE");
        }
        // Both deciders by user name (committee member / dean), in no language, then the reason if any.
        String reason = decision.committeeMember() + " / " + decision.dean()
                + (Decision.blank(decision.reason()) ? "" : " – " + decision.reason());
        move(now, AdmissionActor.staff(decision.committeeMember()), "DECIDE_" + decision.outcome(),
                decision.outcome().state(), reason, decision.ground());
    }

    /** The candidate accepts the offer, by the intake's response date. */
    public void acceptOffer(Intake intake, Instant now, LocalDate today) {
        requireState("ACCEPT_OFFER", ADMITTED);
        requireAnswerable(intake, today);
        move(now, AdmissionActor.candidate(candidateEmail), "ACCEPT_OFFER", OFFER_ACCEPTED, null, null);
    }

    /** The candidate declines the offer, by the intake's response date; the place goes back to the quota. */
    public void declineOffer(Intake intake, Instant now, LocalDate today) {
        requireState("DECLINE_OFFER", ADMITTED);
        requireAnswerable(intake, today);
        move(now, AdmissionActor.candidate(candidateEmail), "DECLINE_OFFER", OFFER_DECLINED, null, null);
    }

    /** The registrar enrols the student who accepted, with their student number. */
    public void enrol(AdmissionActor registrar, String studentNumber, Instant now) {
        requireState("ENROL", OFFER_ACCEPTED);
        if (studentNumber == null || !studentNumber.matches("[0-9A-Za-z-]{1,30}")) {
            throw new IllegalArgumentException("a student number is 1 to 30 letters, digits or hyphens");
        }
        this.studentNumber = studentNumber;
        move(now, registrar, "ENROL", ENROLLED, null, null);
    }

    /** Whether the application holds a place of the programme's quota. */
    public boolean holdsPlace() {
        return HOLDING_A_PLACE.contains(state);
    }

    private void requireAnswerable(Intake intake, LocalDate today) {
        if (!intake.answerableOn(today)) {
            throw new AdmissionRefusedException(Reason.RESPONSE_DATE_PASSED,
                    "the offer was to be answered by " + intake.respondBy());
        }
    }

    private void requireState(String action, AdmissionState allowed) {
        if (state != allowed) {
            throw refused(action);
        }
    }

    private AdmissionRefusedException refused(String action) {
        return new AdmissionRefusedException(Reason.WRONG_STATE, action + " is not allowed in state " + state);
    }

    private static void requireGround(String ground, String message) {
        if (Decision.blank(ground)) {
            throw new AdmissionRefusedException(Reason.GROUND_REQUIRED, message);
        }
    }

    private void move(Instant now, AdmissionActor actor, String action, AdmissionState to, String reason,
            String ground) {
        AdmissionState from = state;
        state = to;
        updatedAt = now;
        record(now, actor, action, from, to, reason, ground);
    }

    private void record(Instant now, AdmissionActor actor, String action, AdmissionState from, AdmissionState to,
            String reason, String ground) {
        transitions.add(new AdmissionTransition(now, actor, action, from, to, reason, ground,
                submission == null ? null : submission.rulebookVersion()));
    }

    /** The changes made since the application was loaded, in order; the store appends them. */
    List<AdmissionTransition> pendingTransitions() {
        return List.copyOf(transitions);
    }

    /** Forgets the transitions once the store has appended them. */
    void transitionsStored() {
        transitions.clear();
    }

    public AdmissionNumber number() {
        return number;
    }

    public String university() {
        return university;
    }

    public String intake() {
        return intake;
    }

    public String programme() {
        return programme;
    }

    public int preference() {
        return preference;
    }

    public String candidateEmail() {
        return candidateEmail;
    }

    public AdmissionState state() {
        return state;
    }

    public Submission submission() {
        return submission;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String studentNumber() {
        return studentNumber;
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
