package org.passage.directorate;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.passage.appointments.Appointments;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.directorate.ChecklistMarks.Mark;
import org.passage.documents.DocumentId;
import org.passage.documents.Documents;
import org.passage.residence.ReviewRefusedException;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.CaseFile;
import org.passage.residence.CaseListing;
import org.passage.residence.CaseQuery;
import org.passage.residence.ChecklistItem;
import org.passage.residence.DecisionLetters;
import org.passage.residence.IssuedPermit;
import org.passage.residence.MissingDocuments;
import org.passage.staff.StaffAccess;
import org.passage.staff.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * An officer's work on the cases of their provinces. Every method first checks that the case is
 * booked at one of the officer's provinces, and answers 404 otherwise (the same as for no case), so
 * an officer cannot even learn that another province's case exists. Each action is one transaction
 * that changes the appointment, the application and the audit trail together; each view of personal
 * data is audited.
 */
@Service
class Casework {

    /** The views recorded in the audit trail. */
    static final String QUEUE_VIEW = "officer-queue";
    static final String CASE_VIEW = "officer-case";
    static final String DOCUMENT_VIEW = "officer-document";
    static final String LETTER_VIEW = "officer-decision-letter";

    private final ApplicationReviews reviews;
    private final Appointments appointments;
    private final Documents documents;
    private final DecisionLetters letters;
    private final ChecklistMarks marks;
    private final StaffAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Casework(ApplicationReviews reviews, Appointments appointments, Documents documents, DecisionLetters letters,
            ChecklistMarks marks, StaffAccess access, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.appointments = appointments;
        this.documents = documents;
        this.letters = letters;
        this.marks = marks;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The officer's queue; the applications listed are recorded as viewed. */
    @Transactional
    public List<CaseListing> queue(StaffPrincipal officer, CaseQuery query) {
        List<CaseListing> cases = reviews.queue(query).stream()
                .filter(c -> access.mayViewProvince(officer, c.appointmentProvince())).toList();
        audit.recordView(AuditActor.staff(officer.username()), QUEUE_VIEW,
                cases.stream().map(c -> c.number().value()).toList());
        return cases;
    }

    /** The case file with the officer's checklist marks; recorded as viewed. */
    @Transactional
    public Case open(StaffPrincipal officer, ApplicationNumber number) {
        CaseFile file = file(officer, number);
        audit.recordView(AuditActor.staff(officer.username()), CASE_VIEW, List.of(number.value()));
        return new Case(file, marks.of(number));
    }

    /** An uploaded document of the case, for reading; recorded as viewed. */
    @Transactional
    public OpenDocument document(StaffPrincipal officer, ApplicationNumber number, UUID documentId) throws IOException {
        CaseFile file = file(officer, number);
        CaseFile.Document document = file.documents().stream().filter(d -> d.documentId().equals(documentId))
                .findFirst().orElseThrow(Casework::notFound);
        audit.record(AuditEvent.of(AuditActor.staff(officer.username()), AuditTrail.PERSONAL_DATA_VIEWED,
                number.value()).with("view", DOCUMENT_VIEW).with("item", document.itemCode())
                .with("document", documentId.toString()));
        return new OpenDocument(document, documents.open(new DocumentId(documentId)));
    }

    /** The decision letter of a decided case; recorded as viewed. */
    @Transactional
    public byte[] decisionLetter(StaffPrincipal officer, ApplicationNumber number) {
        file(officer, number);
        byte[] letter = letters.letter(number).orElseThrow(Casework::notFound);
        audit.recordView(AuditActor.staff(officer.username()), LETTER_VIEW, List.of(number.value()));
        return letter;
    }

    /** The applicant came: the appointment is attended and the review starts. */
    @Transactional
    public void attended(StaffPrincipal officer, ApplicationNumber number) {
        CaseFile file = file(officer, number);
        appointments.attended(number, actor(officer));
        reviews.attended(number, actor(officer));
        record(officer, file, "CASE_ATTENDED", null);
    }

    /** The applicant did not come without a valid reason: the application counts as never made. */
    @Transactional
    public void noShow(StaffPrincipal officer, ApplicationNumber number) {
        CaseFile file = file(officer, number);
        appointments.noShow(number, actor(officer));
        reviews.noShow(number, actor(officer));
        record(officer, file, "CASE_NO_SHOW", null);
    }

    /** The applicant missed the day for a valid reason: a new date at the same directorate. */
    @Transactional
    public void reschedule(StaffPrincipal officer, ApplicationNumber number, LocalDate date, String reason) {
        CaseFile file = file(officer, number);
        reviews.rescheduleWithValidReason(number, reason, actor(officer));
        appointments.rescheduleWithValidReason(number, date, reason, actor(officer));
        record(officer, file, "CASE_RESCHEDULED", reason);
    }

    /** Marks a checklist item received, missing or not valid (while the case is reviewed). */
    @Transactional
    public void mark(StaffPrincipal officer, ApplicationNumber number, String item, Mark mark) {
        CaseFile file = file(officer, number);
        if (file.summary().state() != ApplicationState.UNDER_REVIEW
                && file.summary().state() != ApplicationState.MISSING_DOCUMENTS) {
            throw new ApplicationStateException(file.summary().state(), "MARK_CHECKLIST_ITEM");
        }
        if (file.summary().checklist().stream().map(ChecklistItem::code).noneMatch(item::equals)) {
            throw notFound();
        }
        marks.mark(number, item, mark, officer.username(), clock.instant());
        audit.record(AuditEvent.of(AuditActor.staff(officer.username()), "CHECKLIST_ITEM_MARKED", number.value())
                .with("item", item).with("mark", mark.name()).withRulebookVersion(file.summary().rulebookVersion()));
    }

    /** Marks every checklist item not marked yet as received (marks already given stay); the items marked. */
    @Transactional
    public List<String> markAllReceived(StaffPrincipal officer, ApplicationNumber number) {
        CaseFile file = file(officer, number);
        Map<String, Mark> given = marks.of(number);
        List<String> marked = file.summary().checklist().stream().map(ChecklistItem::code)
                .filter(code -> !given.containsKey(code)).toList();
        for (String item : marked) {
            mark(officer, number, item, Mark.RECEIVED);
        }
        return marked;
    }

    @Transactional
    public MissingDocuments requestMissingDocuments(StaffPrincipal officer, ApplicationNumber number,
            List<String> items, int businessDays, String note) {
        CaseFile file = file(officer, number);
        MissingDocuments request = reviews.requestMissingDocuments(number, items, businessDays, note, actor(officer));
        audit.record(event(officer, file, "CASE_MISSING_DOCUMENTS_REQUESTED", note)
                .with("items", request.items()).with("dueDate", request.dueDate().toString()));
        return request;
    }

    /**
     * Approves the case. While checklist items are not in order ({@link #gaps}), only with the
     * officer's reason for approving anyway, which the audit trail keeps with the items.
     *
     * @throws ReviewRefusedException {@code GAPS_REASON_REQUIRED} naming the items, when that reason is missing
     */
    @Transactional
    public IssuedPermit approve(StaffPrincipal officer, ApplicationNumber number, LocalDate validFrom,
            LocalDate validUntil, String shorteningReason, String gapReason) {
        CaseFile file = file(officer, number);
        List<Gap> gaps = gaps(file, marks.of(number));
        String reason = gapReason == null || gapReason.isBlank() ? null : gapReason.strip();
        if (!gaps.isEmpty() && reason == null) {
            List<String> codes = gaps.stream().map(Gap::item).toList();
            throw new ReviewRefusedException(ReviewRefusedException.Reason.GAPS_REASON_REQUIRED,
                    String.join(", ", codes), codes);
        }
        IssuedPermit permit = reviews.approve(number, validFrom, validUntil, shorteningReason, actor(officer));
        AuditEvent approved = event(officer, file, "CASE_APPROVED", permit.shorteningReason())
                .with("permitNumber", permit.number().formatted()).with("validFrom", permit.validFrom().toString())
                .with("validUntil", permit.validUntil() == null ? null : permit.validUntil().toString());
        if (!gaps.isEmpty()) {
            approved = approved.with("gaps", gaps.stream().map(g -> g.item() + ":" + g.kind()).toList())
                    .with("gapReason", reason);
        }
        audit.record(approved);
        return permit;
    }

    /**
     * The checklist items that are not in order: marked missing or not valid, or (unless only on
     * request) without a file and not marked received, in the checklist's order.
     */
    static List<Gap> gaps(CaseFile file, Map<String, Mark> marks) {
        List<Gap> gaps = new java.util.ArrayList<>();
        for (ChecklistItem item : file.summary().checklist()) {
            Mark mark = marks.get(item.code());
            boolean hasFile = file.documents().stream().anyMatch(d -> d.itemCode().equals(item.code()));
            if (mark == Mark.MISSING || mark == Mark.NOT_VALID) {
                gaps.add(new Gap(item.code(), mark.name()));
            } else if (!hasFile && mark != Mark.RECEIVED && !item.onRequest()) {
                gaps.add(new Gap(item.code(), Gap.NO_FILE));
            }
        }
        return gaps;
    }

    /** A checklist item not in order, and why: a mark ({@code MISSING}, {@code NOT_VALID}) or {@link #NO_FILE}. */
    record Gap(String item, String kind) {

        static final String NO_FILE = "NO_FILE";
    }

    @Transactional
    public void reject(StaffPrincipal officer, ApplicationNumber number, List<String> grounds, String explanation) {
        CaseFile file = file(officer, number);
        reviews.reject(number, grounds, explanation, actor(officer));
        audit.record(event(officer, file, "CASE_REJECTED", explanation).with("grounds", grounds));
    }

    /** Nothing, when the case is booked at one of the officer's provinces; else 404. Records no view. */
    @Transactional(readOnly = true)
    public void requireVisible(StaffPrincipal officer, ApplicationNumber number) {
        file(officer, number);
    }

    /** The case, if it is booked at one of the officer's provinces; else 404. */
    private CaseFile file(StaffPrincipal officer, ApplicationNumber number) {
        return reviews.caseFile(number)
                .filter(f -> access.mayViewProvince(officer, f.appointmentProvince()))
                .orElseThrow(Casework::notFound);
    }

    private void record(StaffPrincipal officer, CaseFile file, String action, String reason) {
        audit.record(event(officer, file, action, reason));
    }

    private static AuditEvent event(StaffPrincipal officer, CaseFile file, String action, String reason) {
        return AuditEvent.of(AuditActor.staff(officer.username()), action, file.summary().number().value())
                .withReason(reason).withRulebookVersion(file.summary().rulebookVersion());
    }

    private static Actor actor(StaffPrincipal officer) {
        return Actor.staff(officer.username());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** A case as the officer works on it. */
    record Case(CaseFile file, Map<String, Mark> marks) {
    }

    /** A document being read. */
    record OpenDocument(CaseFile.Document document, InputStream content) {
    }
}
