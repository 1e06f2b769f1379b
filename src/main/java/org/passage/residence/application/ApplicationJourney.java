package org.passage.residence.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.identity.CodeSubject;
import org.passage.identity.OneTimeCodes;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ApplicationNotFoundException;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ChecklistItem;
import org.passage.residence.IssuedPermit;
import org.passage.residence.PassportNumber;
import org.passage.residence.ReviewRefusedException;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.ResidencePermitRequest;
import org.passage.residence.UploadQuota;
import org.passage.residence.UploadQuotaExceededException;
import org.passage.rules.Assessment;
import org.passage.rules.Citation;
import org.passage.rules.Rulebook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of an application: pre-registration, saving the draft, submitting. The web
 * pages and the API call this; it loads the aggregate, lets it decide, and saves it.
 */
@Service
public class ApplicationJourney {

    /** The purpose of the residence applicant's code subjects: {@code residence:<number>}. */
    public static final String SUBJECT_PURPOSE = "residence";

    private final Applications applications;
    private final UploadQuota quota;
    private final ResidencePermitAssessments assessments;
    private final OneTimeCodes codes;
    private final Notifications notifications;
    private final Reviews reviews;
    private final Clock clock;

    ApplicationJourney(Applications applications, ResidencePermitAssessments assessments, OneTimeCodes codes,
            Notifications notifications, Reviews reviews, Clock clock, UploadQuota quota) {
        this.quota = quota;
        this.applications = applications;
        this.reviews = reviews;
        this.assessments = assessments;
        this.codes = codes;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * A new draft with a fresh number, and a one-time code sent to its e-mail (and mobile) to prove
     * them; the applicant cannot go on before typing it.
     */
    @Transactional
    public ResidenceApplication preRegister(String applicationKind, Identity identity, ApplicantContact contact,
            Map<String, String> prefilledAnswers) {
        ResidenceApplication application = ResidenceApplication.preRegister(ApplicationNumber.random(),
                applicationKind, identity, contact, prefilledAnswers, clock.instant());
        applications.save(application);
        sendCode(application);
        return application;
    }

    /** The application whose number and passport number these are; empty for a wrong pair or an unknown number alike. */
    @Transactional(readOnly = true)
    public Optional<ResidenceApplication> identify(ApplicationNumber number, PassportNumber passport) {
        return applications.find(number).filter(a -> a.identity().passportNumber().matches(passport));
    }

    /** Sends a new one-time code to the application's contact (for continuing later). */
    @Transactional
    public void sendCode(ApplicationNumber number) {
        sendCode(load(number));
    }

    /**
     * Whether the code is the application's current one-time code; the first right code also
     * proves the e-mail address of a new draft.
     */
    @Transactional
    public boolean verifyCode(ApplicationNumber number, String code) {
        if (!codes.verify(codeSubject(number), code)) {
            return false;
        }
        ResidenceApplication application = load(number);
        if (application.emailVerifiedAt() == null) {
            application.emailVerified(clock.instant());
            applications.save(application);
        }
        return true;
    }

    /** Corrects the unproven e-mail address of a new draft and sends a new code there. */
    @Transactional
    public void correctEmail(ApplicationNumber number, String email) {
        ResidenceApplication application = load(number);
        application.correctEmail(email, clock.instant());
        applications.save(application);
        sendCode(application);
    }

    private void sendCode(ResidenceApplication application) {
        String code = codes.issue(codeSubject(application.number()));
        notifications.send(new Notification(MessageType.ONE_TIME_CODE,
                new Recipient(application.contact().email(), application.contact().mobile()),
                application.contact().language(),
                Map.of("code", code, "minutes", String.valueOf(OneTimeCodes.VALIDITY.toMinutes()))));
    }

    /**
     * What an application's one-time codes and API tokens stand for: its number, of the purpose
     * {@link #SUBJECT_PURPOSE}.
     */
    public static CodeSubject codeSubject(ApplicationNumber number) {
        return new CodeSubject(SUBJECT_PURPOSE + ":" + number.value());
    }

    @Transactional(readOnly = true)
    public ResidenceApplication load(ApplicationNumber number) {
        return applications.find(number).orElseThrow(() -> new ApplicationNotFoundException(number));
    }

    @Transactional
    public void emailVerified(ApplicationNumber number) {
        ResidenceApplication application = load(number);
        application.emailVerified(clock.instant());
        applications.save(application);
    }

    @Transactional
    public void saveAnswers(ApplicationNumber number, Map<String, String> answers, ProvinceCode province) {
        ResidenceApplication application = load(number);
        application.saveAnswers(answers, province, clock.instant());
        applications.save(application);
    }

    @Transactional
    public void shareWithUniversity(ApplicationNumber number, String university, boolean consent) {
        ResidenceApplication application = load(number);
        application.shareWithUniversity(university, consent, clock.instant());
        applications.save(application);
    }

    /**
     * Assesses the request built from the draft's answers on today's date and, when nothing blocks,
     * submits the application with the assessment frozen.
     *
     * @throws SubmissionBlockedException when a finding is blocking; nothing is changed then
     */
    @Transactional
    public Assessment submit(ApplicationNumber number, ResidencePermitRequest request, Actor actor) {
        ResidenceApplication application = load(number);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        ResidencePermitRequest dated = new ResidencePermitRequest(request.applicationKind(), request.permitType(),
                request.reason(), request.studyLevel(), request.relationship(), today, request.applicantRole(),
                request.applicant(), request.study(), request.stay(), request.sponsor(), request.circumstances());
        Assessment assessment = assessments.assess(dated, false);
        if (!assessment.eligible()) {
            throw new SubmissionBlockedException(assessment);
        }
        application.submit(freeze(dated, assessment, now, today), actor);
        applications.save(application);
        notifications.send(new Notification(MessageType.SUBMISSION_RECEIPT,
                new Recipient(application.contact().email(), application.contact().mobile()),
                application.contact().language(), Map.of("applicationNumber", number.formatted())));
        return assessment;
    }

    /**
     * Links a stored document to a checklist item. The item must be on the application's checklist:
     * the frozen one once submitted, else the one the caller assessed from the draft.
     */
    @Transactional
    public void attach(ApplicationNumber number, Attachment attachment, java.util.Set<String> checklistCodes) {
        ResidenceApplication application = load(number);
        application.requireUploadsAllowed();
        java.util.Set<String> codes = application.submission() == null ? checklistCodes
                : application.submission().assessment().checklist().stream().map(ChecklistItem::code)
                        .collect(java.util.stream.Collectors.toSet());
        if (!codes.contains(attachment.itemCode())) {
            throw new IllegalArgumentException("not a checklist item of the application: " + attachment.itemCode());
        }
        // Counted under the application's row lock, so that uploads sent at once cannot pass together.
        Applications.Uploads uploads = applications.lockUploads(number, attachment.itemCode());
        if (uploads.filesOnItem() >= quota.filesPerItem()) {
            throw new UploadQuotaExceededException(UploadQuotaExceededException.Limit.FILES_PER_ITEM,
                    quota.filesPerItem());
        }
        if (uploads.bytes() + attachment.size() > quota.bytesPerApplication().toBytes()) {
            throw new UploadQuotaExceededException(UploadQuotaExceededException.Limit.BYTES_PER_APPLICATION,
                    quota.bytesPerApplication().toMegabytes());
        }
        applications.attach(number, attachment);
    }

    /**
     * Removes an uploaded document, recorded in the history; whether it was one of the application's.
     *
     * @throws org.passage.residence.ApplicationStateException when it may not be removed any more
     *         (submitted, or reviewed before a missing-documents request)
     */
    @Transactional
    public boolean detach(ApplicationNumber number, java.util.UUID documentId) {
        ResidenceApplication application = load(number);
        Optional<Attachment> attachment = applications.attachments(number).stream()
                .filter(a -> a.documentId().equals(documentId)).findFirst();
        if (attachment.isEmpty()) {
            return false;
        }
        application.documentRemoved(attachment.get(), Actor.applicant(number), clock.instant());
        applications.save(application);
        return applications.detach(number, documentId);
    }

    /**
     * The applicant has uploaded the missing documents: MISSING_DOCUMENTS → UNDER_REVIEW. Each
     * requested item needs a file uploaded since the request.
     *
     * @throws org.passage.residence.ReviewRefusedException {@code DOCUMENTS_NOT_UPLOADED} naming the items without one
     */
    @Transactional
    public void completeMissingDocuments(ApplicationNumber number) {
        ResidenceApplication application = load(number);
        if (application.state() == ApplicationState.MISSING_DOCUMENTS) {
            Instant since = application.missingDocuments().requestedAt();
            java.util.Set<String> uploaded = applications.attachments(number).stream()
                    .filter(a -> !a.uploadedAt().isBefore(since)).map(Attachment::itemCode)
                    .collect(java.util.stream.Collectors.toSet());
            List<String> without = application.missingDocuments().items().stream()
                    .filter(item -> !uploaded.contains(item)).toList();
            if (!without.isEmpty()) {
                throw new ReviewRefusedException(ReviewRefusedException.Reason.DOCUMENTS_NOT_UPLOADED,
                        String.join(", ", without), without);
            }
        }
        application.missingDocumentsCompleted(Actor.applicant(number), clock.instant(), LocalDate.now(clock));
        applications.save(application);
    }

    /**
     * The permits issued to the holder of this application's passport, latest first: the permit
     * history an extension, a transfer or a long-term application builds on.
     */
    @Transactional(readOnly = true)
    public List<IssuedPermit> permitHistory(PassportNumber passport) {
        return reviews.permitsOf(passport);
    }

    /**
     * The applications made with the passport of {@code number}'s application, newest first: what
     * the applicant signed in for it may open too.
     */
    @Transactional(readOnly = true)
    public List<Applications.OwnApplication> applicationsOfTheSamePassport(ApplicationNumber number) {
        return applications.ofPassport(load(number).identity().passportNumber());
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(ApplicationNumber number) {
        return applications.attachments(number);
    }

    /** The recorded changes of an application, oldest first. */
    @Transactional(readOnly = true)
    public List<Transition> history(ApplicationNumber number) {
        return applications.history(number);
    }

    private Submission freeze(ResidencePermitRequest request, Assessment assessment, Instant now, LocalDate today) {
        Rulebook rulebook = assessments.rulebook();
        long months = (Long) assessment.value("maxValidityMonths").orElseThrow();
        LocalDate until = (LocalDate) assessment.value("validUntil").orElse(null);
        Integer maxValidity = months < 0 ? null : Math.toIntExact(months);
        LocalDate validUntil = maxValidity == null || until == null || until.toEpochDay() == 0 ? null : until;
        List<ChecklistItem> checklist = assessment.documents().stream()
                .map(d -> new ChecklistItem(d.code(), d.title(), d.why(), d.provider().name(), d.onRequest(),
                        d.legalisation().name(), source(rulebook, d.citation()), d.citation().section(),
                        d.citation().document()))
                .toList();
        var findings = assessment.findings().stream()
                .map(f -> new Submission.FrozenFinding(f.code(), f.severity().name(), f.message(),
                        source(rulebook, f.citation()), f.citation().section(), f.citation().document()))
                .toList();
        var deadlines = assessment.deadlines().stream()
                .map(d -> new Submission.FrozenDeadline(d.code(), d.dueDate(), d.title())).toList();
        var frozen = new Submission.FrozenAssessment(assessment.rulebook().id(), assessment.rulebook().version(),
                assessment.rulebook().effectiveOn(), findings, checklist, deadlines);
        Integer requested = request.stay() == null ? null : request.stay().requestedMonths();
        return new Submission(now, today, request.permitType(), requested, maxValidity, validUntil,
                assessment.rulebook().version(), frozen);
    }

    private static String source(Rulebook rulebook, Citation citation) {
        return rulebook.sources().getOrDefault(citation.source(), citation.source());
    }
}
