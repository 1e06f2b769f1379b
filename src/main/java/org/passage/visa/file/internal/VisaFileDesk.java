package org.passage.visa.file.internal;

import java.util.Optional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.documents.DocumentId;
import org.passage.documents.DocumentKind;
import org.passage.documents.Documents;
import org.passage.documents.StoredDocument;
import org.passage.documents.Upload;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.places.PlacePool;
import org.passage.places.Places;
import org.passage.rules.Citation;
import org.passage.rules.Finding;
import org.passage.rules.LocalizedText;
import org.passage.rules.RefusalGround;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.passage.rules.Severity;
import org.passage.visa.GermanVisaAssessment;
import org.passage.visa.GermanVisaAssessments;
import org.passage.visa.GermanVisaRequest;
import org.passage.visa.file.VisaFileStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visa file's use cases: save a checklist result, upload and remove documents, check
 * completeness, book and cancel the appointment, and the staff's steps; each staff step e-mails
 * the applicant through the outbox in the same transaction.
 */
@Service
class VisaFileDesk {

    static final String RULEBOOK = "de-national-visa";
    /** How far ahead a centre's days can be booked. */
    static final int BOOKING_DAYS = 60;
    /** How many bookable days of each centre the appointment page offers. */
    static final int DAYS_SHOWN = 10;
    static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Something the file lacks before it can be booked: an item without upload, or a blocking finding. */
    record Gap(@Nullable Person person, String code, LocalizedText title, Citation citation) {
    }

    private final VisaFiles files;
    private final VisaCentres centres;
    private final GermanVisaAssessments assessments;
    private final Rulebook rulebook;
    private final Documents documents;
    private final Places places;
    private final Notifications notifications;
    private final MessageSource messages;
    private final VisaFileProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    VisaFileDesk(VisaFiles files, VisaCentres centres, GermanVisaAssessments assessments, Rulebooks rulebooks,
            Documents documents, Places places, Notifications notifications, MessageSource messages,
            VisaFileProperties properties, AuditTrail audit, Clock clock) {
        this.files = files;
        this.centres = centres;
        this.assessments = assessments;
        this.rulebook = rulebooks.get(RULEBOOK);
        this.documents = documents;
        this.places = places;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves the checklist result as a new draft file of the applicant, with each person's items. */
    @Transactional
    UUID create(String email, Locale language, GermanVisaRequest request) {
        GermanVisaAssessment assessment = assessments.assess(request, false);
        VisaFile file = new VisaFile(UUID.randomUUID(), email, language, request, assessment.assessment().rulebook()
                .version(), clock.instant(), FileChecklist.items(request, assessment), VisaFileStatus.DRAFT, null,
                null, null, null, null);
        files.insert(file);
        files.append(file.id(), VisaFileStatus.DRAFT, "applicant", null, clock.instant());
        return file.id();
    }

    /** The applicant's own file; another's, or none, is a 404. */
    @Transactional(readOnly = true)
    VisaFile own(String email, UUID id) {
        return files.find(id).filter(f -> f.ownedBy(email)).orElseThrow(VisaFileNotFoundException::new);
    }

    @Transactional(readOnly = true)
    VisaFile any(UUID id) {
        return files.find(id).orElseThrow(VisaFileNotFoundException::new);
    }

    /** Stores an upload for one item of one person of the applicant's open file. */
    @Transactional
    void upload(String email, UUID id, Person person, String code, Upload upload) {
        VisaFile file = files.lock(id).filter(f -> f.ownedBy(email)).orElseThrow(VisaFileNotFoundException::new);
        if (!file.status().open()) {
            throw new VisaFileStateException(file.status());
        }
        if (item(file, person, code) == null) {
            throw new VisaFileNotFoundException();
        }
        List<VisaFiles.Upload> held = files.uploads(id).stream()
                .filter(u -> u.person().equals(person) && u.code().equals(code)).toList();
        StoredDocument stored = documents.store(upload, code.contains("PHOTO") ? DocumentKind.PHOTO : DocumentKind.ANY);
        // The same file again (a double click, a retry) is the upload already there: the file row is
        // locked, so a second request sees the first one's upload once it has committed.
        boolean again = held.stream().map(u -> documents.find(new DocumentId(u.documentId())))
                .flatMap(Optional::stream).anyMatch(d -> d.sha256().equals(stored.sha256()));
        if (again) {
            documents.delete(stored.id());
            return;
        }
        if (held.size() >= properties.filesPerItem()) {
            documents.delete(stored.id());
            throw new UploadRefusedException("visa.file.upload.too-many", properties.filesPerItem());
        }
        try {
            files.addUpload(id, new VisaFiles.Upload(stored.id().value(), person, code, stored.fileName(),
                    stored.size(), stored.storedAt()));
        } catch (RuntimeException e) {
            documents.delete(stored.id());
            throw e;
        }
    }

    /**
     * The applicant will bring an item to the appointment rather than upload it, or takes that back;
     * only a draft, and only an item the rulebook allows. Marking it again changes nothing.
     */
    @Transactional
    void markBring(String email, UUID id, Person person, String code, boolean bring) {
        VisaFile file = files.lock(id).filter(f -> f.ownedBy(email)).orElseThrow(VisaFileNotFoundException::new);
        VisaFile.Item item = item(file, person, code);
        if (item == null || !item.mayBring()) {
            throw new VisaFileNotFoundException();
        }
        if (item.bring() == bring) {
            return;
        }
        if (file.status() != VisaFileStatus.DRAFT) {
            throw new VisaFileStateException(file.status());
        }
        files.markBring(id, person, code, bring);
    }

    /** Removes an upload of a draft; a booked file keeps its documents until the appointment is cancelled. */
    @Transactional
    void remove(String email, UUID id, UUID document) {
        VisaFile file = files.lock(id).filter(f -> f.ownedBy(email)).orElseThrow(VisaFileNotFoundException::new);
        if (file.status() != VisaFileStatus.DRAFT) {
            throw new VisaFileStateException(file.status());
        }
        if (!files.removeUpload(id, document)) {
            throw new VisaFileNotFoundException();
        }
        documents.delete(new DocumentId(document));
    }

    /** The content of an upload of the file, for its owner or the staff. */
    InputStream open(VisaFile file, UUID document) throws IOException {
        if (files.uploads(file.id()).stream().noneMatch(u -> u.documentId().equals(document))) {
            throw new VisaFileNotFoundException();
        }
        return documents.open(new DocumentId(document));
    }

    @Transactional(readOnly = true)
    List<VisaFiles.Upload> uploads(UUID id) {
        return files.uploads(id);
    }

    /**
     * What the file still lacks on {@code date}: every required item without an upload that the
     * applicant does not bring instead, then every
     * blocking finding of the rules on that date (a certificate grown too old, money below the
     * parameter in force), each with its citation. Empty when the file is complete.
     */
    @Transactional(readOnly = true)
    List<Gap> gaps(VisaFile file, LocalDate date) {
        List<VisaFiles.Upload> uploads = files.uploads(file.id());
        Map<String, LocalizedText> titles = rulebook.documentTitles();
        List<Gap> gaps = new ArrayList<>();
        for (VisaFile.Item item : file.items()) {
            boolean uploaded = uploads.stream().anyMatch(u -> u.person().equals(item.person())
                    && u.code().equals(item.code()));
            if (item.required() && !uploaded && !item.bring()) {
                gaps.add(new Gap(item.person(), item.code(), titles.get(item.code()), citation(item)));
            }
        }
        for (Finding finding : assessment(file, date).assessment().findings()) {
            if (finding.severity() == Severity.BLOCKING) {
                gaps.add(new Gap(null, finding.code(), finding.message(), finding.citation()));
            }
        }
        return gaps;
    }

    /** The rules on the file's frozen answers, as if applying on {@code date}. */
    GermanVisaAssessment assessment(VisaFile file, LocalDate date) {
        GermanVisaRequest r = file.request();
        return assessments.assess(new GermanVisaRequest(r.category(), date, r.applicant(), r.stayDays(),
                r.scholarship(), r.funding(), r.annualSalaryEur(), r.languageCertificate(), r.semesterStart(),
                r.family(), r.auPair()), false);
    }

    /** The grounds the consulate may refuse on, as the rulebook lists them. */
    Map<String, RefusalGround> refusalGrounds() {
        return rulebook.refusalGrounds();
    }

    /** The public document a citation of the rulebook names, by its key. */
    Citation citation(String source, String section) {
        return new Citation(source, section, rulebook.source(source));
    }

    Citation citation(VisaFile.Item item) {
        return new Citation(item.citationSource(), item.citationSection(), rulebook.source(item.citationSource()));
    }

    /**
     * Books a place at a centre on a day for a complete draft. A second request for a file already
     * booked (a double click) changes nothing; an incomplete file, a closed day or a full day is refused.
     */
    @Transactional
    void book(String email, UUID id, String centreCode, LocalDate day) {
        VisaFile file = files.lock(id).filter(f -> f.ownedBy(email)).orElseThrow(VisaFileNotFoundException::new);
        if (file.status() == VisaFileStatus.BOOKED) {
            return;
        }
        if (file.status() != VisaFileStatus.DRAFT) {
            throw new VisaFileStateException(file.status());
        }
        if (!gaps(file, today()).isEmpty()) {
            throw new BookingRefusedException("visa.file.booking.incomplete");
        }
        // The application date is the appointment: a certificate must still be young enough then.
        if (!gaps(file, day).isEmpty()) {
            throw new BookingRefusedException("visa.file.booking.incomplete-on-day");
        }
        VisaCentres.Centre centre = centres.find(centreCode)
                .orElseThrow(() -> new BookingRefusedException("visa.file.booking.no-centre"));
        int capacity = centres.placesOn(centre, day);
        if (!day.isAfter(today()) || day.isAfter(today().plusDays(BOOKING_DAYS)) || capacity == 0) {
            throw new BookingRefusedException("visa.file.booking.closed");
        }
        if (!places.take(pool(centre.code(), day), id.toString(), capacity)) {
            throw new BookingRefusedException("visa.file.booking.full");
        }
        transition(file, file.book(centre.code(), day), "applicant", null);
    }

    /** Gives the booked place back; the file is a draft again. */
    @Transactional
    void cancel(String email, UUID id) {
        VisaFile file = files.lock(id).filter(f -> f.ownedBy(email)).orElseThrow(VisaFileNotFoundException::new);
        String centre = file.centre();
        LocalDate day = file.appointmentOn();
        VisaFileStatus reached = file.cancelAppointment();
        places.release(pool(centre, day), id.toString());
        transition(file, reached, "applicant", null);
    }

    /**
     * Watches a booked file on {@code today}: when it would not be complete on its appointment day
     * (the rules' figures changed, a document's age), the applicant is warned once by e-mail with the
     * reasons, and from {@code releaseDaysBefore} days before the appointment the place is released
     * and the file is a draft again. {@code true} when the appointment was released.
     */
    @Transactional
    boolean watch(UUID id, LocalDate today) {
        VisaFile file = files.lock(id).orElseThrow(VisaFileNotFoundException::new);
        LocalDate day = file.appointmentOn();
        if (file.status() != VisaFileStatus.BOOKED || day == null) {
            return false;
        }
        List<Gap> gaps = gaps(file, day);
        if (gaps.isEmpty()) {
            return false;
        }
        Locale l = file.language();
        String reasons = String.join("; ", gaps.stream().map(g -> g.title() == null ? g.code() : g.title().in(l))
                .toList());
        LocalDate releaseOn = day.minusDays(properties.releaseDaysBefore());
        if (today.isBefore(releaseOn)) {
            notifications.send(new Notification(MessageType.VISA_FILE_UPDATED, Recipient.ofEmail(file.email()), l,
                    Map.of("fileNumber", file.number(), "status", messages.getMessage("visa.file.notice.incomplete",
                            new Object[] {reasons, releaseOn.format(DATE)}, l),
                            "link", VisaFileLinks.filePage(file.id())),
                    "visa-file-incomplete:" + id + ":" + day));
            return false;
        }
        String centre = file.centre();
        VisaFileStatus reached = file.cancelAppointment();
        places.release(pool(centre, day), id.toString());
        transition(file, reached, "system", reasons);
        notifications.send(new Notification(MessageType.VISA_FILE_UPDATED, Recipient.ofEmail(file.email()), l,
                Map.of("fileNumber", file.number(), "status", messages.getMessage("visa.file.notice.released",
                        new Object[] {reasons}, l), "link", VisaFileLinks.filePage(file.id()))));
        return true;
    }

    @Transactional(readOnly = true)
    List<UUID> booked() {
        return files.booked();
    }

    /** Who comes to the counter for a file, and how many of them give fingerprints; each person flagged. */
    record Attendance(int persons, int fingerprints, long minAge, List<Attendee> attendees) {
    }

    /** One person at the counter: their age on the appointment day (unknown for a spouse), and whether fingerprints are taken. */
    record Attendee(Person person, @Nullable Integer ageYears, boolean fingerprints) {
    }

    /**
     * Everyone in the file attends, children of any age too; fingerprints are taken from the
     * rulebook's age, each person's age counted on the appointment day. The checklist asks no
     * spouse's birth date: a spouse counts as an adult.
     */
    @Transactional(readOnly = true)
    Attendance attendance(UUID id) {
        VisaFile file = any(id);
        LocalDate day = file.appointmentOn() != null ? file.appointmentOn() : today();
        long minAge = (Long) rulebook.parameter("FINGERPRINT_MIN_AGE").requireOn(day).value();
        GermanVisaRequest r = file.request();
        List<Attendee> attendees = new ArrayList<>();
        attendees.add(attendee(Person.APPLICANT, r.applicant().birthDate(), day, minAge));
        if (r.family() != null && r.family().spouse() != null && Boolean.TRUE.equals(r.family().spouse().travelling())) {
            attendees.add(new Attendee(Person.SPOUSE, null, true));
        }
        if (r.family() != null && r.family().children() != null) {
            int n = 0;
            for (GermanVisaRequest.Child c : r.family().children()) {
                attendees.add(attendee(Person.child(++n), c.birthDate(), day, minAge));
            }
        }
        return new Attendance(attendees.size(), (int) attendees.stream().filter(Attendee::fingerprints).count(), minAge,
                attendees);
    }

    private static Attendee attendee(Person person, @Nullable LocalDate birth, LocalDate day, long minAge) {
        if (birth == null) {
            return new Attendee(person, null, true);
        }
        int age = java.time.Period.between(birth, day).getYears();
        return new Attendee(person, age, age >= minAge);
    }

    /** The free places of each centre's bookable days. */
    @Transactional(readOnly = true)
    List<CentreDays> bookable() {
        List<CentreDays> result = new ArrayList<>();
        for (VisaCentres.Centre centre : centres.all()) {
            List<CentreDays.Day> days = new ArrayList<>();
            for (LocalDate day = today().plusDays(1); !day.isAfter(today().plusDays(BOOKING_DAYS)); day = day.plusDays(1)) {
                int capacity = centres.placesOn(centre, day);
                if (capacity > 0) {
                    LocalDate d = day;
                    int free = places.of(pool(centre.code(), day)).map(p -> p.free()).orElse(capacity);
                    if (free > 0 && days.size() < DAYS_SHOWN) {
                        days.add(new CentreDays.Day(d, free));
                    }
                }
            }
            result.add(new CentreDays(centre, days));
        }
        return result;
    }

    /** A centre and its days with free places. */
    record CentreDays(VisaCentres.Centre centre, List<Day> days) {

        record Day(LocalDate date, int free) {
        }
    }

    // ---------------------------------------------------------------- staff

    /** A step at the centre's counter or the consulate, by the staff member {@code actor}. */
    @Transactional
    void staffStep(UUID id, StaffStep step, String actor, @Nullable String reason) {
        staffStep(id, step, actor, reason, null);
    }

    /** A step of the staff; the fee's payment says how it was paid, which the receipt shows. */
    @Transactional
    void staffStep(UUID id, StaffStep step, String actor, @Nullable String reason, @Nullable FeePayment payment) {
        VisaFile file = files.lock(id).orElseThrow(VisaFileNotFoundException::new);
        if (file.status() == step.reaches()) {
            // The same step again (a double click, a resent form): the first one stands, nothing more is sent.
            return;
        }
        if (step == StaffStep.PAY_FEE && payment == null) {
            throw new IllegalArgumentException("the counter records how the fee was paid");
        }
        VisaFileStatus reached = switch (step) {
            case RECEIVE -> file.receive();
            case INCOMPLETE -> file.refuseAtCounter();
            case TAKE_PASSPORT -> file.takePassport();
            case PAY_FEE -> file.payFee(today(), payment);
            case REQUEST_DOCUMENTS -> file.requestDocuments();
            case ISSUE, REFUSE -> throw new IllegalArgumentException("a decision is recorded with what it decides");
            case READY_FOR_COLLECTION -> file.readyForCollection();
            case SEND_BY_COURIER -> file.sendByCourier(requireReason(reason));
            case RETURN_PASSPORT -> file.returnPassport();
        };
        String why = switch (step) {
            case REQUEST_DOCUMENTS, INCOMPLETE, SEND_BY_COURIER -> requireReason(reason);
            default -> null;
        };
        recordStep(file, reached, actor, why, why, switch (step) {
            case INCOMPLETE -> "visa.file.notice.incomplete-at-counter";
            case SEND_BY_COURIER -> "visa.file.notice.sent-by-courier";
            default -> "visa.file.status." + reached.name();
        });
    }

    /**
     * The consulate issues the visa it describes; the timeline and the e-mail say its type, dates
     * and entries. Issuing a visa already issued (a double click) keeps the first.
     */
    @Transactional
    void issue(UUID id, IssuedVisa visa, String actor) {
        VisaFile file = files.lock(id).orElseThrow(VisaFileNotFoundException::new);
        if (file.status() == VisaFileStatus.ISSUED) {
            return;
        }
        VisaFileStatus reached = file.issue(visa);
        String summary = visaSummary(visa, file.language());
        recordStep(file, reached, actor, summary, summary, "visa.file.status.ISSUED");
    }

    /**
     * The consulate refuses on one of the rulebook's refusal grounds; the applicant reads the
     * ground's title and citation, never its code. A second refusal (a double click) keeps the first.
     */
    @Transactional
    void refuse(UUID id, String ground, @Nullable String explanation, String actor) {
        RefusalGround cited = rulebook.refusalGrounds().get(ground);
        if (cited == null) {
            throw new IllegalArgumentException("no refusal ground " + ground);
        }
        VisaFile file = files.lock(id).orElseThrow(VisaFileNotFoundException::new);
        if (file.status() == VisaFileStatus.REFUSED) {
            return;
        }
        VisaFileStatus reached = file.refuse(ground, explanation);
        String title = cited.title().in(file.language());
        String shown = file.refusalReason() == null ? title : title + ": " + file.refusalReason();
        recordStep(file, reached, actor, shown, "refusal ground " + ground
                + (file.refusalReason() == null ? "" : ": " + file.refusalReason()), "visa.file.status.REFUSED");
    }

    /**
     * The applicant did not attend: on or after the appointment's day only (before it, a 409). The
     * place is used up, not released, and the file is a draft again so the applicant can book a new
     * day; the timeline, the audit and the e-mail say {@code NO_SHOW}. Recorded again (a double
     * click), the first one stands.
     */
    @Transactional
    void noShow(UUID id, String actor) {
        VisaFile file = files.lock(id).orElseThrow(VisaFileNotFoundException::new);
        if (file.status() == VisaFileStatus.DRAFT && lastStep(file.id()) == VisaFileStatus.NO_SHOW) {
            return;
        }
        LocalDate day = file.appointmentOn();
        VisaFileStatus reached = file.noShow(today());
        String when = day == null ? null : day.format(DATE);
        recordStep(file, reached, actor, when, when, "visa.file.notice.no-show");
    }

    /**
     * The consulate consulted the foreigners' authority on {@code on} (not after today, not before the
     * file was handed in): the file waits out the rulebook's silence period in the consulate's queue.
     * The timeline and the e-mail say the earliest decision date. Recorded again, the first one stands.
     */
    @Transactional
    void consultAuthority(UUID id, LocalDate on, String actor) {
        VisaFile file = files.lock(id).orElseThrow(VisaFileNotFoundException::new);
        if (file.status() == VisaFileStatus.AUTHORITY_CONSULTED) {
            return;
        }
        if (on.isAfter(today()) || file.handedInOn() != null && on.isBefore(file.handedInOn())) {
            throw new IllegalArgumentException("the authority is consulted after the file is handed in, by today");
        }
        VisaFileStatus reached = file.consultAuthority(on);
        String why = messages.getMessage("visa.file.authority.reason", new Object[] {on.format(DATE),
                earliestAfterConsultation(file).format(DATE)}, file.language());
        recordStep(file, reached, actor, why, "authority consulted on " + on, "visa.file.notice.authority-consulted");
    }

    /**
     * The earliest decision of a file whose foreigners' authority was consulted: the day consulted plus
     * the rulebook's silence period in force that day; none while it was not consulted.
     */
    @Nullable LocalDate earliestAfterConsultation(VisaFile file) {
        LocalDate on = file.authorityConsultedOn();
        if (on == null) {
            return null;
        }
        return on.plusDays((Long) rulebook.parameter("SILENCE_PERIOD_DAYS").requireOn(on).value());
    }

    /** The status of the file's last timeline step; none for a file without one. */
    @Nullable VisaFileStatus lastStep(UUID id) {
        List<VisaFiles.Event> timeline = files.timeline(id);
        return timeline.isEmpty() ? null : timeline.getLast().status();
    }

    /**
     * Whether the file's last step reopened it (refused at the counter, or a no-show) by this staff
     * account: such a file has no centre any more, yet stays in the account's reach so that the same
     * step sent again reads as the first result.
     */
    @Transactional(readOnly = true)
    boolean reopenedBy(VisaFile file, String username) {
        if (file.status() != VisaFileStatus.DRAFT) {
            return false;
        }
        List<VisaFiles.Event> timeline = files.timeline(file.id());
        VisaFiles.Event last = timeline.isEmpty() ? null : timeline.getLast();
        return last != null && (last.status() == VisaFileStatus.DRAFT || last.status() == VisaFileStatus.NO_SHOW)
                && last.actor().equals("staff:" + username);
    }

    /** The visa as one line of the reader's language: type, validity and entries. */
    String visaSummary(IssuedVisa visa, Locale l) {
        return messages.getMessage("visa.file.visa.summary", new Object[] {visa.type(), visa.validFrom().format(DATE),
                visa.validUntil().format(DATE), messages.getMessage("visa.file.visa.entries." + visa.entries().name(),
                        null, l)}, l);
    }

    /** Appends the step to the timeline, audits it with the rulebook's version, and e-mails the applicant. */
    private void recordStep(VisaFile file, VisaFileStatus reached, String actor, @Nullable String why,
            @Nullable String auditReason, String noticeKey) {
        transition(file, reached, "staff:" + actor, why);
        AuditEvent event = AuditEvent.of(AuditActor.staff(actor), "VISA_FILE_" + reached.name(), subject(file.id()))
                .withRulebookVersion(file.rulebookVersion());
        audit.record(auditReason == null ? event : event.withReason(auditReason));
        notifications.send(new Notification(MessageType.VISA_FILE_UPDATED, Recipient.ofEmail(file.email()),
                file.language(), Map.of("fileNumber", file.number(),
                        "status", messages.getMessage(noticeKey, new Object[] {why}, file.language()),
                        "link", VisaFileLinks.filePage(file.id()))));
    }

    /**
     * The counter's check of the originals against the file, item by item: {@code seen} holds the
     * items ({@code PERSON/CODE}) whose original the staff saw. A required item not seen refuses the
     * file at the counter with the items named (the appointment is used up, the file reopens);
     * {@code true} when every required original was there. A check sent again after the file was
     * refused changes nothing and reads as the first result.
     */
    @Transactional
    boolean checkOriginals(UUID id, java.util.Set<String> seen, @Nullable String note, String actor) {
        VisaFile file = files.lock(id).orElseThrow(VisaFileNotFoundException::new);
        if (file.status() != VisaFileStatus.RECEIVED && file.status() != VisaFileStatus.PASSPORT_TAKEN) {
            List<VisaFiles.Check> earlier = files.checks(id);
            if (!earlier.isEmpty()) {
                return earlier.stream().allMatch(VisaFiles.Check::originalSeen);
            }
            throw new VisaFileStateException(file.status());
        }
        List<VisaFiles.Check> checks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (VisaFile.Item item : file.items()) {
            boolean saw = seen.contains(item.person().key() + "/" + item.code());
            checks.add(new VisaFiles.Check(item.person(), item.code(), saw));
            if (!saw && item.required()) {
                LocalizedText title = rulebook.documentTitles().get(item.code());
                missing.add(messages.getMessage(item.person().titleKey().replace("visa.file.person.", "visa.staff.person."),
                        new Object[] {item.person().childNumber()}, file.language()) + ": "
                        + (title == null ? item.code() : title.in(file.language())));
            }
        }
        files.saveChecks(id, checks, actor, clock.instant());
        if (missing.isEmpty()) {
            audit.record(AuditEvent.of(AuditActor.staff(actor), "VISA_FILE_ORIGINALS_CHECKED", subject(id))
                    .withRulebookVersion(file.rulebookVersion()));
            return true;
        }
        String reason = String.join("; ", missing) + (note == null || note.isBlank() ? "" : " – " + note.strip());
        if (reason.length() > VisaStaffController.MAX_REASON) {
            reason = reason.substring(0, VisaStaffController.MAX_REASON - 1) + "…";
        }
        staffStep(id, StaffStep.INCOMPLETE, actor, reason);
        return false;
    }

    @Transactional(readOnly = true)
    List<VisaFiles.Check> checks(UUID id) {
        return files.checks(id);
    }

    /** What the staff do to a file, in the order they do it. */
    enum StaffStep {
        RECEIVE(VisaFileStatus.RECEIVED), INCOMPLETE(VisaFileStatus.DRAFT), TAKE_PASSPORT(VisaFileStatus.PASSPORT_TAKEN),
        PAY_FEE(VisaFileStatus.FEE_PAID), REQUEST_DOCUMENTS(VisaFileStatus.DOCUMENTS_REQUESTED),
        ISSUE(VisaFileStatus.ISSUED), REFUSE(VisaFileStatus.REFUSED),
        READY_FOR_COLLECTION(VisaFileStatus.PASSPORT_READY), SEND_BY_COURIER(VisaFileStatus.PASSPORT_SENT),
        RETURN_PASSPORT(VisaFileStatus.PASSPORT_RETURNED);

        private final VisaFileStatus reaches;

        StaffStep(VisaFileStatus reaches) {
            this.reaches = reaches;
        }

        /** The status the step leaves the file in. */
        VisaFileStatus reaches() {
            return reaches;
        }
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("this step says what it asks for or records");
        }
        return reason.strip();
    }

    /** The applicant has uploaded the documents the consulate asked for. */
    @Transactional
    void documentsSent(String email, UUID id) {
        VisaFile file = files.lock(id).filter(f -> f.ownedBy(email)).orElseThrow(VisaFileNotFoundException::new);
        transition(file, file.documentsSent(), "applicant", null);
    }

    /** The files in these statuses; the staff member's view of them is audited. */
    @Transactional
    List<VisaFiles.Listed> queue(List<VisaFileStatus> statuses, String viewer, String view) {
        List<VisaFiles.Listed> listed = files.inStatus(statuses);
        audit.recordView(AuditActor.staff(viewer), view, listed.stream().map(f -> subject(f.id())).toList());
        return listed;
    }

    /** The files in these statuses at centres {@code reach} covers; the staff member's view of them is audited. */
    @Transactional
    List<VisaFiles.Listed> queue(List<VisaFileStatus> statuses, VisaCentreStaff.Reach reach, String viewer,
            String view) {
        List<VisaFiles.Listed> listed = reach.everyCentre() ? files.inStatus(statuses)
                : files.inStatusAt(statuses, reach.centres());
        audit.recordView(AuditActor.staff(viewer), view, listed.stream().map(f -> subject(f.id())).toList());
        return listed;
    }

    /**
     * The day's appointments at the centres {@code reach} covers: every file booked for that day,
     * whatever the counter has done with it since; the staff member's view of them is audited.
     */
    @Transactional
    List<VisaFiles.Listed> appointments(VisaCentreStaff.Reach reach, LocalDate day, String viewer, String view) {
        List<VisaFileStatus> booked = java.util.Arrays.stream(VisaFileStatus.values())
                .filter(s -> s != VisaFileStatus.DRAFT).toList();
        List<VisaFiles.Listed> listed = (reach.everyCentre() ? files.inStatus(booked)
                : files.inStatusAt(booked, reach.centres())).stream().filter(f -> day.equals(f.appointmentOn()))
                .toList();
        audit.recordView(AuditActor.staff(viewer), view, listed.stream().map(f -> subject(f.id())).toList());
        return listed;
    }

    /** Audits a staff member's reading of one file. */
    @Transactional
    void recordRead(UUID id, String viewer, String view) {
        audit.recordView(AuditActor.staff(viewer), view, List.of(subject(id)));
    }

    /** The audit trail's subject of a file. */
    static String subject(UUID id) {
        return "visa-file:" + id;
    }

    @Transactional(readOnly = true)
    List<VisaFiles.Listed> ofApplicant(String email) {
        return files.ofApplicant(email);
    }

    @Transactional(readOnly = true)
    List<VisaFiles.Event> timeline(UUID id) {
        return files.timeline(id);
    }

    private void transition(VisaFile file, VisaFileStatus reached, String actor, @Nullable String reason) {
        files.update(file);
        files.append(file.id(), reached, actor, reason, clock.instant());
    }

    static PlacePool pool(String centre, LocalDate day) {
        return new PlacePool("visa/centre/" + centre + "/" + day);
    }

    VisaFile.@Nullable Item item(VisaFile file, Person person, String code) {
        return file.items().stream().filter(i -> i.person().equals(person) && i.code().equals(code)).findFirst()
                .orElse(null);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
