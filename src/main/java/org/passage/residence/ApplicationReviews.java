package org.passage.residence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passage.calendar.BusinessCalendar;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.residence.ReviewRefusedException.Reason;
import org.passage.residence.application.Applications;
import org.passage.residence.application.ResidenceApplication;
import org.passage.residence.application.ReviewTexts;
import org.passage.residence.application.Reviews;
import org.passage.rules.RefusalGround;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directorate's review of applications, published for module directorate: the appointment day
 * (attended, no-show, rescheduled for a valid reason), missing documents, the decision, and what an
 * officer reads (queue, case file, permit history). Each change goes through the application
 * aggregate, which refuses what its state does not allow, and tells the applicant in the same
 * transaction through the notifications outbox. Who may act on which case is the caller's business.
 */
@Service
public class ApplicationReviews {

    /** Grounds the system records itself (a withdrawal, an expiry), which an officer does not choose. */
    static final Set<String> SYSTEM_GROUNDS = Set.of(ResidenceApplication.MISSING_DOCUMENTS_NOT_COMPLETED, "NO_SHOW");
    /** The longest period an officer may give for missing documents, in business days. */
    public static final int MAX_BUSINESS_DAYS = 60;
    static final Actor EXPIRY_JOB = Actor.system("missing-documents-expiry");

    private final Applications applications;
    private final Reviews reviews;
    private final ResidencePermitAssessments assessments;
    private final BusinessCalendar calendar;
    private final Notifications notifications;
    private final ReviewTexts texts;
    private final Clock clock;

    ApplicationReviews(Applications applications, Reviews reviews, ResidencePermitAssessments assessments,
            BusinessCalendar calendar, Notifications notifications, ReviewTexts texts, Clock clock) {
        this.applications = applications;
        this.reviews = reviews;
        this.assessments = assessments;
        this.calendar = calendar;
        this.notifications = notifications;
        this.texts = texts;
        this.clock = clock;
    }

    /** APPOINTMENT_BOOKED → UNDER_REVIEW: the applicant came to the appointment. */
    @Transactional
    public void attended(ApplicationNumber number, Actor officer) {
        ResidenceApplication application = load(number);
        application.attended(officer, clock.instant());
        applications.save(application);
    }

    /**
     * APPOINTMENT_BOOKED → WITHDRAWN_NO_SHOW: the applicant did not come and gave no valid reason;
     * the application counts as never made, and the applicant is told so.
     */
    @Transactional
    public void noShow(ApplicationNumber number, Actor officer) {
        ResidenceApplication application = load(number);
        LocalDate missed = application.appointmentDate();
        application.noShow(officer, clock.instant());
        applications.save(application);
        notify(application, MessageType.APPLICATION_WITHDRAWN_NO_SHOW,
                Map.of("date", texts.date(missed, application.contact().language())), "no-show:" + number.value());
    }

    /**
     * Records the applicant's valid reason for missing the appointment; the application stays
     * APPOINTMENT_BOOKED while module appointments gives it a new date (and tells the applicant).
     */
    @Transactional
    public void rescheduleWithValidReason(ApplicationNumber number, String reason, Actor officer) {
        ResidenceApplication application = load(number);
        application.rescheduleWithValidReason(reason, officer, clock.instant());
        applications.save(application);
    }

    /**
     * UNDER_REVIEW → MISSING_DOCUMENTS: asks for {@code items} of the frozen checklist by the day
     * {@code businessDays} business days (Türkiye's holiday calendar) after today, and tells the applicant.
     */
    @Transactional
    public MissingDocuments requestMissingDocuments(ApplicationNumber number, List<String> items, int businessDays,
            String note, Actor officer) {
        if (businessDays < 1 || businessDays > MAX_BUSINESS_DAYS) {
            throw new ReviewRefusedException(Reason.DUE_DATE, "1 to " + MAX_BUSINESS_DAYS + " business days");
        }
        ResidenceApplication application = load(number);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = calendar.addBusinessDays(today, businessDays);
        application.requestMissingDocuments(items, due, note, officer, clock.instant(), today);
        applications.save(application);
        MissingDocuments request = application.missingDocuments();
        var language = application.contact().language();
        var checklist = application.submission().assessment().checklist();
        String list = request.items().stream().map(code -> "– " + texts.item(code, checklist, language))
                .collect(Collectors.joining("\n"));
        notify(application, MessageType.MISSING_DOCUMENTS_REQUESTED,
                Map.of("dueDate", texts.date(due, language), "items", list,
                        "note", request.note() == null ? "–" : request.note(), "link", uploadLink(number)),
                "missing-documents:" + number.value() + ":" + request.requestedAt().toEpochMilli());
        return request;
    }

    /**
     * Where the applicant uploads the missing documents: continuing the application with its number
     * filled in, then the documents page. Absolute when an officer's request is being served (the
     * address the officer reached Passage at), else relative to it.
     */
    static String uploadLink(ApplicationNumber number) {
        String path = "/residence/continue?number=" + number.value() + "&next=documents";
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() == null) {
            return path;
        }
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .toUriString() + path;
    }

    /**
     * UNDER_REVIEW → APPROVED: issues a permit from {@code validFrom} to {@code validUntil}
     * ({@code null} for an indefinite long-term permit), never past the limit frozen with the case;
     * shorter than the standard validity only with {@code shorteningReason}. The applicant is told.
     */
    @Transactional
    public IssuedPermit approve(ApplicationNumber number, LocalDate validFrom, LocalDate validUntil,
            String shorteningReason, Actor officer) {
        ResidenceApplication application = load(number);
        IssuedPermit permit = application.approve(PermitNumber.random(), validFrom, validUntil, shorteningReason,
                officer, clock.instant());
        applications.save(application);
        notifyDecision(application);
        return permit;
    }

    /**
     * UNDER_REVIEW → REJECTED on {@code grounds} (codes of {@link #officerGrounds()}) with the
     * officer's explanation. The applicant is told.
     */
    @Transactional
    public void reject(ApplicationNumber number, List<String> grounds, String explanation, Actor officer) {
        Map<String, RefusalGround> allowed = officerGrounds();
        ResidenceApplication application = load(number);
        String permitType = application.submission() == null ? null : application.submission().permitType();
        for (String ground : grounds == null ? List.<String>of() : grounds) {
            if (!allowed.containsKey(ground) || !allowed.get(ground).appliesTo(permitType)) {
                throw new ReviewRefusedException(Reason.UNKNOWN_GROUND, ground);
            }
        }
        application.reject(grounds, explanation, officer, clock.instant());
        applications.save(application);
        notifyDecision(application);
    }

    /** The refusal grounds of the rulebook an officer may reject on, in the rulebook's order. */
    public Map<String, RefusalGround> officerGrounds() {
        Map<String, RefusalGround> grounds = new LinkedHashMap<>(assessments.rulebook().refusalGrounds());
        grounds.keySet().removeAll(SYSTEM_GROUNDS);
        return grounds;
    }

    /** The case file of a submitted application; empty for a draft or an unknown number. */
    @Transactional(readOnly = true)
    public Optional<CaseFile> caseFile(ApplicationNumber number) {
        return applications.find(number).filter(a -> a.submission() != null).map(this::caseFile);
    }

    /** The cases of a directorate's queue, by appointment date. */
    @Transactional(readOnly = true)
    public List<CaseListing> queue(CaseQuery query) {
        return reviews.queue(query);
    }

    /** The permits issued to the holder of this passport, latest first: the applicant's permit history. */
    @Transactional(readOnly = true)
    public List<IssuedPermit> permitHistory(PassportNumber passport) {
        return reviews.permitsOf(passport);
    }

    /**
     * MISSING_DOCUMENTS → REJECTED for a case whose request is still open after its due date; whether
     * it was (a case completed meanwhile is left alone). Runs in the caller's transaction.
     */
    boolean expire(ApplicationNumber number, LocalDate today) {
        ResidenceApplication application = load(number);
        if (application.state() != ApplicationState.MISSING_DOCUMENTS
                || !today.isAfter(application.missingDocuments().dueDate())) {
            return false;
        }
        application.missingDocumentsExpired(EXPIRY_JOB, clock.instant(), today);
        applications.save(application);
        notifyDecision(application);
        return true;
    }

    private CaseFile caseFile(ResidenceApplication a) {
        LocalDate today = LocalDate.now(clock);
        var frozen = a.submission().assessment();
        List<CaseFile.Finding> findings = frozen.findings().stream()
                .map(f -> new CaseFile.Finding(f.code(), f.severity(), f.message(), f.citationSource(),
                        f.citationSection(), f.citationDocument()))
                .toList();
        List<CaseFile.Document> documents = applications.attachments(a.number()).stream()
                .map(d -> new CaseFile.Document(d.itemCode(), d.documentId(), d.fileName(), d.mediaType(), d.size(),
                        d.uploadedAt()))
                .toList();
        List<CaseFile.Event> history = applications.history(a.number()).stream()
                .map(t -> new CaseFile.Event(t.at(), t.actor(), t.action(), t.from(), t.to(), t.reason(),
                        t.rulebookVersion()))
                .toList();
        return new CaseFile(ResidenceApplications.summary(a), a.appointmentDate(), a.appointmentProvince(), findings,
                documents, reviews.missingDocuments(a.number()), a.decision(), history,
                a.validityLimit(today).orElse(null), a.standardValidUntil(today).orElse(null));
    }

    private void notifyDecision(ResidenceApplication application) {
        notify(application, MessageType.DECISION_MADE,
                Map.of("decision", texts.decision(application.decision(), application.contact().language())),
                "decision:" + application.number().value());
    }

    private void notify(ResidenceApplication application, MessageType type, Map<String, String> parameters,
            String key) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("applicationNumber", application.number().formatted());
        notifications.send(new Notification(type,
                new Recipient(application.contact().email(), application.contact().mobile()),
                application.contact().language(), all, key));
    }

    private ResidenceApplication load(ApplicationNumber number) {
        return applications.find(number).orElseThrow(() -> new ApplicationNotFoundException(number));
    }
}
