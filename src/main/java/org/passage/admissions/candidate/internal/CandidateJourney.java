package org.passage.admissions.candidate.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.passage.admissions.AdmissionAssessments;
import org.passage.admissions.AdmissionRequest;
import org.passage.admissions.EligibilityForm;
import org.passage.admissions.EligibilityQuestions;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionRefusedException;
import org.passage.admissions.desk.AdmissionRefusedException.Reason;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.DocumentMark;
import org.passage.admissions.desk.DocumentMarks;
import org.passage.admissions.desk.Intake;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.desk.ProgrammeOffer;
import org.passage.admissions.desk.RequiredDocuments;
import org.passage.admissions.desk.Submission;
import org.passage.calendar.TurkiyeTime;
import org.passage.documents.DocumentId;
import org.passage.documents.Documents;
import org.passage.documents.StoredDocument;
import org.passage.forms.FieldParsers;
import org.passage.identity.EmailSignIn;
import org.passage.identity.OneTimeCodes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate's use cases: the one-time code of their e-mail address, a file for an intake with
 * its ranked programmes drafted at the desk, its documents, and its submission, which freezes the
 * eligibility answer of each programme with the rulebook version and hands the file to the desk.
 */
@Service
class CandidateJourney {

    static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>()\\[\\]\\\\,;:]{1,64}@[A-Za-z0-9.-]{1,187}\\.[A-Za-z]{2,63}");

    /**
     * The documents an admitted candidate who accepted the offer uploads for registration (§7.8), beside
     * those of the application: the original diploma and its recognition (equivalence) certificate.
     */
    static final List<String> REGISTRATION_DOCUMENTS = List.of("REGISTRATION_DIPLOMA", "REGISTRATION_EQUIVALENCE");

    /** What a submission found: submitted now, or already submitted before (a second click). */
    enum Submitted {
        NOW, BEFORE
    }

    private final OneTimeCodes codes;
    private final EmailSignIn emailSignIn;
    private final CandidateFiles files;
    private final AdmissionDesk desk;
    private final AdmissionApplications applications;
    private final Intakes intakes;
    private final AdmissionAssessments assessments;
    private final EligibilityQuestions questions;
    private final Documents documents;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;
    private final DocumentMarks marks;

    CandidateJourney(DocumentMarks marks, OneTimeCodes codes, CandidateFiles files, AdmissionDesk desk,
            AdmissionApplications applications, Intakes intakes, AdmissionAssessments assessments,
            EligibilityQuestions questions, Documents documents, JsonMapper json, MessageSource messages, Clock clock,
            EmailSignIn emailSignIn) {
        this.marks = marks;
        this.emailSignIn = emailSignIn;
        this.messages = messages;
        this.codes = codes;
        this.files = files;
        this.desk = desk;
        this.applications = applications;
        this.intakes = intakes;
        this.assessments = assessments;
        this.questions = questions;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    /** The address as the candidate's identity (trimmed, lower case), or null when it is not an e-mail address. */
    static String email(String typed) {
        if (typed == null) {
            return null;
        }
        String email = typed.strip().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? email : null;
    }

    /** Sends a new one-time code to the address; the codes before it stop working. */
    @Transactional
    public void sendCode(String email, Locale language) {
        emailSignIn.sendCode(subject(email), email, language);
    }

    /** Whether the code is the address's current one-time code; a right code is used up. */
    @Transactional
    public boolean verify(String email, String code) {
        return codes.verify(subject(email), code);
    }

    private static String subject(String email) {
        return "admission-candidate:" + email;
    }

    /** The intakes open for applications today, of every university. */
    @Transactional(readOnly = true)
    public List<Intake> openIntakes() {
        return intakes.openOn(today());
    }

    @Transactional(readOnly = true)
    public Optional<Intake> intake(String university, String code) {
        return intakes.find(university, code);
    }

    @Transactional(readOnly = true)
    public List<ProgrammeOffer> offers(Intake intake) {
        return intakes.programmes(intake.university(), intake.code());
    }

    /**
     * Opens the candidate's file for the intake and drafts one application per programme, ranked in
     * the order given; a second request for the same intake (a double click) returns the first file.
     */
    @Transactional
    public CandidateFile open(String email, String name, Intake intake, List<String> programmes,
            EligibilityForm answers, boolean languageCertificate, Locale language) {
        Optional<CandidateFile> existing = files.ofIntake(email, intake.university(), intake.code());
        if (existing.isPresent()) {
            return existing.get();
        }
        desk.apply(intake.university(), intake.code(), programmes, email, name);
        CandidateFile file = new CandidateFile(UUID.randomUUID(), email, intake.university(), intake.code(),
                json.writeValueAsString(answers), languageCertificate, language.getLanguage(), null, clock.instant());
        files.insert(file);
        return file;
    }

    @Transactional(readOnly = true)
    public List<CandidateFile> files(String email) {
        return files.ofCandidate(email);
    }

    /** The candidate's file; empty for a file of another candidate as for none. */
    @Transactional(readOnly = true)
    public Optional<CandidateFile> file(UUID id, String email) {
        return files.find(id, email);
    }

    /** The file's applications, one per programme, by rank. */
    @Transactional(readOnly = true)
    public List<AdmissionApplication> applications(CandidateFile file) {
        return applications.ofCandidate(file.email()).stream()
                .filter(a -> a.university().equals(file.university()) && a.intake().equals(file.intake()))
                .toList();
    }

    /** The candidate's application with the number; empty for another candidate's as for none. */
    @Transactional(readOnly = true)
    public Optional<AdmissionApplication> application(org.passage.admissions.desk.AdmissionNumber number,
            CandidatePrincipal candidate) {
        return applications.find(number).filter(a -> candidate.owns(a.candidateEmail()));
    }

    EligibilityForm answers(CandidateFile file) {
        return json.readValue(file.answers(), EligibilityForm.class);
    }

    /** The codes of the documents the file needs: the directive's, one per exam declared, the certificate if declared. */
    List<String> required(CandidateFile file) {
        List<String> exams = answers(file).getExams().stream().map(EligibilityForm.ExamRow::getCode)
                .filter(code -> code != null && !code.isBlank()).toList();
        return RequiredDocuments.of(exams, file.languageCertificate());
    }

    @Transactional(readOnly = true)
    public List<CandidateFiles.Upload> uploads(CandidateFile file) {
        return files.uploads(file.id());
    }

    /**
     * Records a stored document as the file's document {@code code}, replacing an earlier one; refused
     * once the file is submitted or after the intake's deadline. The caller deletes the stored
     * document when this refuses.
     */
    @Transactional
    public void attach(UUID fileId, String email, String code, StoredDocument stored) {
        CandidateFile file = files.lock(fileId, email).orElseThrow();
        Optional<LocalDate> correctBy = correctBy(file, code);
        if (correctBy.isPresent()) {
            // The registrar asked for this document again: it may come until that day, deadline or not.
            if (today().isAfter(correctBy.get())) {
                throw new AdmissionRefusedException(Reason.CORRECTION_DATE_PASSED,
                        "a corrected " + code + " was to be sent by " + correctBy.get());
            }
        } else if (file.submitted()) {
            throw new AdmissionRefusedException(Reason.WRONG_STATE, "the file is submitted");
        } else if (!intake(file).openOn(today())) {
            throw new AdmissionRefusedException(Reason.INTAKE_CLOSED, "the intake's deadline has passed");
        }
        if (!required(file).contains(code)) {
            throw new IllegalArgumentException("not a required document of the file: " + code);
        }
        link(file, code, stored);
    }

    /**
     * Whether the candidate delivers registration documents now: an offer of the file is accepted and
     * today is within the intake's registration dates (§7.8).
     */
    @Transactional(readOnly = true)
    public boolean registrationOpen(CandidateFile file) {
        Intake intake = intake(file);
        LocalDate today = today();
        return !today.isBefore(intake.registrationFrom()) && !today.isAfter(intake.registrationTo())
                && applications(file).stream().anyMatch(a -> a.state() == AdmissionState.OFFER_ACCEPTED);
    }

    /**
     * Records a stored document as the registration document {@code code}, replacing an earlier one;
     * false, recording nothing, when registration is not open for the file (the caller then deletes
     * the stored document).
     */
    @Transactional
    public boolean attachRegistration(UUID fileId, String email, String code, StoredDocument stored) {
        CandidateFile file = files.lock(fileId, email).orElseThrow();
        if (!REGISTRATION_DOCUMENTS.contains(code)) {
            throw new IllegalArgumentException("not a registration document: " + code);
        }
        if (!registrationOpen(file)) {
            return false;
        }
        link(file, code, stored);
        return true;
    }

    private void link(CandidateFile file, String code, StoredDocument stored) {
        files.attach(file.id(), new CandidateFiles.Upload(code, stored.id().value(), stored.fileName(),
                stored.mediaType(), stored.size(), stored.storedAt()))
                .ifPresent(replaced -> TransactionSynchronizationManager.registerSynchronization(
                        new TransactionSynchronization() {
                            // Only once the new link is kept does the document it replaced go.
                            @Override
                            public void afterCommit() {
                                documents.delete(new DocumentId(replaced));
                            }
                        }));
    }

    /**
     * The day by which the registrar asked for a corrected {@code document} of the file (on any of its
     * applications, while the document is still marked missing or not valid); empty when none asks.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> correctBy(CandidateFile file, String document) {
        return marks.correctBy(applications(file).stream().map(AdmissionApplication::number).toList(), document);
    }

    /** The registrar's marks on the application's documents. */
    @Transactional(readOnly = true)
    public List<DocumentMark> marks(AdmissionApplication application) {
        return marks.of(application.number());
    }

    /**
     * Submits every application of the file, each with its eligibility answer judged today by the
     * rulebook in force and frozen with its version; all or none. Refused after the deadline or while
     * a document is missing ({@link AdmissionRefusedException}); a file submitted before is left as it
     * was ({@link Submitted#BEFORE}), so a double click submits once.
     */
    @Transactional
    public Submitted submit(UUID fileId, String email, Locale locale) {
        CandidateFile file = files.lock(fileId, email).orElseThrow();
        if (file.submitted()) {
            return Submitted.BEFORE;
        }
        LocalDate today = today();
        Intake intake = intake(file);
        if (!intake.openOn(today)) {
            throw new AdmissionRefusedException(Reason.INTAKE_CLOSED, "the intake is not open on " + today);
        }
        List<String> required = required(file);
        Set<String> uploaded = files.uploads(file.id()).stream().map(CandidateFiles.Upload::code)
                .collect(Collectors.toSet());
        List<String> missing = RequiredDocuments.missing(required, uploaded);
        if (!missing.isEmpty()) {
            throw new AdmissionRefusedException(Reason.DOCUMENTS_MISSING, "documents missing: " + missing, missing);
        }
        for (AdmissionApplication application : applications(file)) {
            if (application.state() != AdmissionState.DRAFT) {
                continue;
            }
            ProgrammeOffer offer = intakes.programme(file.university(), file.intake(), application.programme())
                    .orElseThrow();
            desk.submit(application.number(), frozen(file, offer, today, locale), required, uploaded);
        }
        files.submitted(file.id(), clock.instant());
        return Submitted.NOW;
    }

    /** The eligibility answer for the programme, judged by today's rulebook: what the desk keeps frozen. */
    private Submission frozen(CandidateFile file, ProgrammeOffer offer, LocalDate today, Locale locale) {
        EligibilityForm answers = answers(file);
        answers.setProgramme(offer.ruleProgramme());
        answers.setForeignQuota(FieldParsers.YES);
        Map<String, String> errors = new LinkedHashMap<>();
        AdmissionRequest request = questions.read(answers, today, errors, locale);
        if (request == null) {
            throw new IllegalStateException("the file's answers no longer read: " + errors.keySet());
        }
        AdmissionAssessments.AdmissionAssessment a = assessments.assess(request, false);
        Map<String, Object> frozen = new LinkedHashMap<>();
        frozen.put("request", request);
        frozen.put("eligible", a.assessment().eligible());
        frozen.put("basis", a.basis());
        frozen.put("qualifyingExams", a.qualifyingExams());
        List<Map<String, Object>> findings = new ArrayList<>();
        a.assessment().findings().forEach(f -> findings.add(Map.of("code", f.code(), "severity", f.severity().name())));
        frozen.put("findings", findings);
        frozen.put("rulebook", a.assessment().rulebook());
        return new Submission(json.writeValueAsString(frozen), a.basis(),
                request.candidate().citizenships().getFirst(), a.assessment().rulebook().version());
    }

    /** Accepts the offer of the candidate's admitted application, by the intake's response date. */
    @Transactional
    public void accept(AdmissionApplication application) {
        desk.acceptOffer(application.number());
    }

    /** Declines the offer; its place goes back to the programme's quota. */
    @Transactional
    public void decline(AdmissionApplication application) {
        desk.declineOffer(application.number());
    }

    /** The name of the university in the language; its code when it has none. */
    @Transactional(readOnly = true)
    public String universityName(String university, Locale locale) {
        var name = files.universityNames().get(university);
        return name == null ? university : name.in(locale);
    }

    /**
     * The cited ground of a rejection or a closure as the candidate reads it: the rulebook's title of
     * the refusal code and its public source; null when the application carries none.
     */
    @Transactional(readOnly = true)
    public String ground(AdmissionApplication application, Locale locale) {
        if (application.state() != AdmissionState.REJECTED && application.state() != AdmissionState.CLOSED_INELIGIBLE) {
            return null;
        }
        List<org.passage.admissions.desk.AdmissionTransition> history = applications.history(application.number());
        String code = history.isEmpty() ? null : history.getLast().ground();
        var rulebook = assessments.rulebook();
        if (code == null || rulebook.findingTitle(code) == null) {
            return null;
        }
        var citation = rulebook.findingCitation(code);
        String title = rulebook.findingTitle(code).in(locale);
        if (citation == null) {
            return title;
        }
        String source = citation.document() != null ? citation.sourceIn(locale)
                : rulebook.sources().getOrDefault(citation.source(), citation.source());
        return title + " (" + messages.getMessage("admission.result.citation", new Object[] {source,
                citation.section()}, locale) + ")";
    }

    /** A required document by its title: the directive's documents by name, an exam's result by the exam. */
    String documentTitle(String code, Locale locale) {
        if (code.startsWith("EXAM_RESULT_")) {
            String exam = code.substring("EXAM_RESULT_".length());
            return messages.getMessage("admission.candidate.document.EXAM_RESULT", new Object[] {examTitle(exam, locale)},
                    locale);
        }
        return messages.getMessage("admission.candidate.document." + code, null, code, locale);
    }

    /** The title of an exam of the university's table, in the language. */
    String examTitle(String exam, Locale locale) {
        return assessments.examTable().exam(exam).map(e -> e.title().in(locale)).orElse(exam);
    }

    Intake intake(CandidateFile file) {
        return intakes.find(file.university(), file.intake()).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
    }

    Instant now() {
        return clock.instant();
    }
}
