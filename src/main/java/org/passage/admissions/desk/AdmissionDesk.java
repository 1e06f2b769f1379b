package org.passage.admissions.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.admissions.QuotaRules;
import org.passage.admissions.desk.AdmissionRefusedException.Reason;
import org.passage.calendar.TurkiyeTime;
import org.passage.places.PlacePool;
import org.passage.places.Places;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admission desk's use cases, each one transaction: the aggregate decides, the store keeps its
 * state and history, and the programme's quota is taken or given back in the same transaction, so
 * an admission beyond the quota is refused by the database whatever the concurrency.
 */
@Service
public class AdmissionDesk {

    private final AdmissionApplications applications;
    private final Intakes intakes;
    private final Places places;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final QuotaRules quotaRules;
    private final DocumentMarks marks;
    private final MidTermLine midTermLine;

    /** What marking a document did: marked now, or the same mark was there already (a second click). */
    public enum Marked {
        NOW, BEFORE
    }

    AdmissionDesk(AdmissionApplications applications, Intakes intakes, Places places, Clock clock,
            ApplicationEventPublisher events, QuotaRules quotaRules, DocumentMarks marks, MidTermLine midTermLine) {
        this.midTermLine = midTermLine;
        this.marks = marks;
        this.events = events;
        this.quotaRules = quotaRules;
        this.applications = applications;
        this.intakes = intakes;
        this.places = places;
        this.clock = clock;
    }

    /**
     * Drafts one application per chosen programme, ranked in the order given; refused when the
     * intake is not open today or a programme has no foreign quota in it.
     */
    @Transactional
    public List<AdmissionNumber> apply(String university, String intakeCode, List<String> programmes,
            String candidateEmail) {
        return apply(university, intakeCode, programmes, candidateEmail, null);
    }

    /** As {@link #apply(String, String, List, String)}, with the candidate's name as in the passport. */
    @Transactional
    public List<AdmissionNumber> apply(String university, String intakeCode, List<String> programmes,
            String candidateEmail, @Nullable String candidateName) {
        Intake intake = intake(university, intakeCode);
        if (!intake.openOn(today())) {
            throw new AdmissionRefusedException(Reason.INTAKE_CLOSED, "intake " + intakeCode + " is not open");
        }
        if (programmes.isEmpty() || programmes.size() > 20 || programmes.stream().distinct().count() != programmes.size()) {
            throw new IllegalArgumentException("one to twenty different programmes");
        }
        List<AdmissionNumber> numbers = new ArrayList<>();
        for (int i = 0; i < programmes.size(); i++) {
            String programme = programmes.get(i);
            if (intakes.programme(university, intakeCode, programme).isEmpty()) {
                throw new AdmissionRefusedException(Reason.NO_FOREIGN_QUOTA,
                        "programme " + programme + " has no foreign quota in " + intakeCode);
            }
            AdmissionApplication draft = AdmissionApplication.draft(intake, programme, i + 1, candidateEmail, now());
            applications.save(draft);
            if (candidateName != null) {
                applications.nameCandidate(draft.number(), candidateName);
            }
            numbers.add(draft.number());
        }
        return numbers;
    }

    /** Submits the draft with its frozen eligibility answer, if the intake is open and no document is missing. */
    @Transactional
    public void submit(AdmissionNumber number, Submission frozen, List<String> required, Collection<String> uploaded) {
        AdmissionApplication application = application(number);
        Intake intake = intake(application.university(), application.intake());
        application.submit(intake, frozen, RequiredDocuments.missing(required, uploaded), now(), today());
        applications.save(application);
        published(application, AdmissionState.DRAFT, AdmissionActor.Kind.CANDIDATE);
    }

    /**
     * The registrar forwards a complete file to the committee; refused while a required document is
     * marked missing or not valid ({@link Reason#DOCUMENTS_NOT_IN_ORDER}, naming them).
     */
    @Transactional
    public void forward(AdmissionNumber number, AdmissionActor registrar) {
        // Locked first, so no mark can come between the check and the forwarding.
        applications.lock(number).orElseThrow(() -> new AdmissionNotFoundException(number));
        List<String> notInOrder = marks.of(number).stream().filter(DocumentMark::notInOrder)
                .map(DocumentMark::document).toList();
        if (!notInOrder.isEmpty()) {
            throw new AdmissionRefusedException(Reason.DOCUMENTS_NOT_IN_ORDER,
                    "documents marked missing or not valid: " + notInOrder, notInOrder);
        }
        change(number, a -> a.forward(registrar, now()));
    }

    /**
     * The registrar's completeness check of one required document of a submitted file: received,
     * missing or not valid, with a note; a missing or invalid document may be asked for again by
     * {@code correctBy}, a day after today, which the history records and the candidate is told of
     * ({@link CorrectionRequested}). The same mark sent again changes nothing ({@link Marked#BEFORE}).
     */
    @Transactional
    public Marked markDocument(AdmissionNumber number, AdmissionActor registrar, String document,
            DocumentMark.Mark mark, @Nullable String note, @Nullable LocalDate correctBy) {
        AdmissionApplication application = applications.lock(number)
                .orElseThrow(() -> new AdmissionNotFoundException(number));
        if (marks.find(number, document).filter(m -> m.sameAs(mark, note, correctBy)).isPresent()) {
            return Marked.BEFORE;
        }
        if (application.state() != AdmissionState.SUBMITTED) {
            throw new AdmissionRefusedException(Reason.WRONG_STATE,
                    "documents are checked before the file is forwarded, not in state " + application.state());
        }
        DocumentMark marked = new DocumentMark(document, mark, note, correctBy, registrar.id(), now());
        if (correctBy != null) {
            application.requestCorrection(registrar, document, correctBy, note, now(), today());
            applications.save(application);
            events.publishEvent(new CorrectionRequested(number, application.university(), application.intake(),
                    application.programme(), application.candidateEmail(), document, correctBy, note));
        }
        marks.save(number, marked);
        return Marked.NOW;
    }

    @Transactional
    public void closeIneligible(AdmissionNumber number, AdmissionActor registrar, String refusalCode, String reason) {
        change(number, a -> a.closeIneligible(registrar, refusalCode, reason, now()));
    }

    @Transactional
    public void requestInterview(AdmissionNumber number, AdmissionActor committeeMember, String how) {
        change(number, a -> a.requestInterview(committeeMember, how, now()));
    }

    @Transactional
    public void recordInterview(AdmissionNumber number, AdmissionActor committeeMember, String record) {
        change(number, a -> a.recordInterview(committeeMember, record, now()));
    }

    /** Records the decision; an admission takes a place of the quota or is refused when none is left. */
    @Transactional
    public void decide(AdmissionNumber number, Decision decision) {
        change(number, a -> a.decide(decision, now()));
    }

    @Transactional
    public void acceptOffer(AdmissionNumber number) {
        change(number, a -> a.acceptOffer(intake(a.university(), a.intake()), now(), today()));
    }

    /** Declines the offer; its place goes back to the programme's quota for the waitlist. */
    @Transactional
    public void declineOffer(AdmissionNumber number) {
        change(number, a -> a.declineOffer(intake(a.university(), a.intake()), now(), today()));
    }

    @Transactional
    public void enrol(AdmissionNumber number, AdmissionActor registrar, String studentNumber) {
        change(number, a -> a.enrol(registrar, studentNumber, now()));
    }

    private void change(AdmissionNumber number, java.util.function.Consumer<AdmissionApplication> action) {
        AdmissionApplication application = application(number);
        AdmissionState before = application.state();
        boolean held = application.holdsPlace();
        action.accept(application);
        String holder = application.number().value();
        var pool = Intakes.quotaPool(application.university(), application.intake(), application.programme());
        var specialPool = Intakes.specialGroupPool(application.university(), application.intake(),
                application.programme());
        if (!held && application.holdsPlace()) {
            ProgrammeOffer offer = intakes.programme(application.university(), application.intake(),
                    application.programme()).orElseThrow();
            if (!places.take(pool, holder, offer.foreignQuota())) {
                throw new AdmissionRefusedException(Reason.QUOTA_FULL,
                        "every place of " + application.programme() + " in " + application.intake() + " is taken");
            }
            takeSpecialGroupPlace(application, offer, specialPool, holder);
            takeMidTermPlace(application, holder);
        } else if (held && !application.holdsPlace()) {
            places.release(pool, holder);
            places.release(specialPool, holder);
            Intake intake = intake(application.university(), application.intake());
            if (intake.term() == Term.MID_TERM) {
                places.release(Intakes.midTermPool(intake.university(), intake.academicYear()), holder);
            }
        }
        List<AdmissionTransition> made = application.pendingTransitions();
        applications.save(application);
        if (!made.isEmpty()) {
            published(application, before, made.getLast().actor().kind());
        }
    }

    /**
     * An admission on a §7.1 special-group basis in a capped programme also takes a place of the
     * programme's special-group pool, sized from the quota and the rulebook's percentage in force
     * today; the pool's row, locked after the quota's in every transaction, holds the line under
     * concurrency.
     */
    private void takeSpecialGroupPlace(AdmissionApplication application, ProgrammeOffer offer, PlacePool specialPool,
            String holder) {
        String basis = application.submission() == null ? null : application.submission().basis();
        if (basis == null || !quotaRules.countsTowardSpecialGroup(basis)
                || !quotaRules.specialGroupCapped(offer.ruleProgramme())) {
            return;
        }
        int limit = quotaRules.specialGroup(offer.ruleProgramme(), 0, offer.foreignQuota(), today()).limit();
        places.resize(specialPool, limit);
        if (!places.take(specialPool, holder, limit)) {
            throw new AdmissionRefusedException(Reason.SPECIAL_GROUP_10_PERCENT, "special-group admissions of "
                    + application.programme() + " in " + application.intake() + " reached " + limit);
        }
    }

    /**
     * An admission in a mid-term intake is a pre-acceptance for the academic year the intake starts
     * in (its fall semester); the university's pre-acceptances of that year may not pass a third of
     * the previous year's foreign quota in the register (§7.9). Held like the quota: a pool of
     * places sized by {@link QuotaRules#midTermPreAcceptances}, its row locked after the quota's and
     * the special group's in every transaction.
     */
    private void takeMidTermPlace(AdmissionApplication application, String holder) {
        Intake intake = intake(application.university(), application.intake());
        if (intake.term() != Term.MID_TERM) {
            return;
        }
        int previousForeignQuota = midTermLine.previousForeignQuota(intake.university(), intake.academicYear());
        int limit = quotaRules.midTermPreAcceptances(0, previousForeignQuota, today()).limit();
        PlacePool midTerm = Intakes.midTermPool(intake.university(), intake.academicYear());
        places.resize(midTerm, limit);
        if (!places.take(midTerm, holder, limit)) {
            throw new AdmissionRefusedException(Reason.MID_TERM_OVER_THIRD, "mid-term pre-acceptances of "
                    + intake.university() + " for " + intake.academicYear() + " reached " + limit);
        }
    }

    private void published(AdmissionApplication application, AdmissionState before, AdmissionActor.Kind by) {
        if (application.state() != before) {
            events.publishEvent(new AdmissionStateChanged(application.number(), application.university(),
                    application.intake(), application.programme(), application.candidateEmail(), before,
                    application.state(), by));
        }
    }

    private AdmissionApplication application(AdmissionNumber number) {
        return applications.find(number).orElseThrow(() -> new AdmissionNotFoundException(number));
    }

    private Intake intake(String university, String code) {
        return intakes.find(university, code).orElseThrow(
                () -> new IllegalStateException("intake " + university + "/" + code + " is not recorded"));
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
    }
}
