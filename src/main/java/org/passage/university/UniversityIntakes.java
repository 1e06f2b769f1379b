package org.passage.university;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.calendar.TurkiyeTime;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.CaseFile;
import org.passage.residence.Decision;
import org.passage.residence.IssuedPermit;
import org.passage.residence.ApplicationSummary;
import org.passage.residence.ChecklistItem;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.SharedApplication;
import org.passage.residence.StatusSection;
import org.passage.residence.StatusSection.StatusLine;
import org.springframework.context.MessageSource;
import org.passage.staff.StaffAccess;
import org.passage.staff.StaffPrincipal;
import org.passage.calendar.BusinessCalendar;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.rules.Parameter;
import org.passage.rules.Rulebook;
import org.passage.university.internal.DeadlineStore;
import org.passage.university.internal.DeadlineStore.Marks;
import org.passage.university.internal.IntakeStore;
import org.passage.university.internal.OfficeDirectory;
import org.passage.university.internal.OfficeDirectory.Office;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The international office's step-8 intake. An office reaches only the submitted applications its
 * own university's students consented to share; a withdrawn consent takes the student out of reach
 * at once, as consent is read on every call. Every change is audited.
 */
@Service
public class UniversityIntakes {

    /** Where the office's section comes on the student's status page: after the review, before the appointment. */
    static final int SECTION_ORDER = 8;

    /** The audit action of a change of the office's marks. */
    public static final String INTAKE_RECORDED = "UNIVERSITY_INTAKE_RECORDED";

    /** A student in the office's reach: the shared application, its checklist and the office's record. */
    public record Student(SharedApplication shared, List<ChecklistItem> checklist, Optional<IntakeRecord> record) {
    }

    /**
     * A student of the follow-up list: the shared application, its permit once issued, the office's
     * record, the student's rulebook deadlines and what the application says of the studies.
     */
    public record FollowUp(SharedApplication shared, Optional<IssuedPermit> permit, Optional<IntakeRecord> record,
            List<StudentDeadline> deadlines, Optional<ResidenceApplications.Studies> studies) {
    }

    /** The audit action of a change of the office's deadline marks. */
    public static final String DEADLINES_RECORDED = "UNIVERSITY_DEADLINES_RECORDED";

    /** The deadlines in the order shown, each with the rulebook parameter of its period. */
    public static final List<String> DEADLINE_CODES = List.of("HEALTH_INSURANCE", "STUDY_CHANGE_NOTICE",
            "CITY_TRANSFER_APPLICATION");

    private final ResidenceApplications applications;
    private final ApplicationReviews reviews;
    private final IntakeStore store;
    private final StaffAccess access;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final OfficeDirectory offices;
    private final BusinessCalendar calendar;
    private final DeadlineStore deadlineStore;
    private final ResidencePermitAssessments assessments;

    UniversityIntakes(ResidenceApplications applications, ApplicationReviews reviews, IntakeStore store,
            StaffAccess access, AuditTrail audit, MessageSource messages, Clock clock, OfficeDirectory offices,
            BusinessCalendar calendar, DeadlineStore deadlineStore, ResidencePermitAssessments assessments) {
        this.deadlineStore = deadlineStore;
        this.assessments = assessments;
        this.offices = offices;
        this.calendar = calendar;
        this.reviews = reviews;
        this.messages = messages;
        this.applications = applications;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the office recorded for the application, whoever asks (the applicant's and the officer's pages). */
    @Transactional(readOnly = true)
    public Optional<IntakeRecord> of(ApplicationNumber number) {
        return store.find(number);
    }

    /** The office's consenting students with a submitted application, by surname. */
    @Transactional(readOnly = true)
    public List<SharedApplication> students(StaffPrincipal office) {
        if (!access.mayViewUniversity(office, office.university())) {
            return List.of();
        }
        return applications.sharedWithUniversity(office.university());
    }

    /** The office's consenting students with where their permit stands: state, permit number and validity. */
    @Transactional(readOnly = true)
    public List<FollowUp> followUp(StaffPrincipal office) {
        return students(office).stream().map(shared -> new FollowUp(shared,
                reviews.caseFile(shared.number()).map(CaseFile::decision).map(Decision::permit),
                store.find(shared.number()), deadlines(shared), applications.studies(shared.number()))).toList();
    }

    /**
     * The student's deadlines with their due dates from the residence rulebook's parameters in force on
     * the day each period starts: general health insurance within {@code STUDENT_GHI_MONTHS} of the
     * registration; a change of study reported within {@code STUDY_CHANGE_NOTICE_BUSINESS_DAYS}
     * (Türkiye's business days); after a move to another city, a new application within
     * {@code CITY_TRANSFER_APPLICATION_DAYS}. The last two appear once the office recorded the change.
     */
    @Transactional(readOnly = true)
    public List<StudentDeadline> deadlines(SharedApplication shared) {
        Map<String, Marks> marks = deadlineStore.of(shared.number());
        List<StudentDeadline> deadlines = new ArrayList<>();
        if (shared.submittedAt() != null) {
            LocalDate registered = LocalDate.ofInstant(shared.submittedAt(), TurkiyeTime.ZONE);
            deadlines.add(new StudentDeadline("HEALTH_INSURANCE", registered,
                    registered.plusMonths(parameter("STUDENT_GHI_MONTHS", registered)),
                    metOn(marks, "HEALTH_INSURANCE")));
        }
        Marks change = marks.get("STUDY_CHANGE_NOTICE");
        if (change != null && change.startsOn() != null) {
            deadlines.add(new StudentDeadline("STUDY_CHANGE_NOTICE", change.startsOn(),
                    calendar.addBusinessDays(change.startsOn(),
                            parameter("STUDY_CHANGE_NOTICE_BUSINESS_DAYS", change.startsOn())), change.metOn()));
        }
        Marks move = marks.get("CITY_TRANSFER_APPLICATION");
        if (move != null && move.startsOn() != null) {
            deadlines.add(new StudentDeadline("CITY_TRANSFER_APPLICATION", move.startsOn(),
                    move.startsOn().plusDays(parameter("CITY_TRANSFER_APPLICATION_DAYS", move.startsOn())),
                    move.metOn()));
        }
        return deadlines;
    }

    /**
     * Records when the student's change of study or move to another city happened ({@code null}: none)
     * and which deadlines the student met (dated today the first time; unticking takes it back).
     *
     * @return false when the application is not in the office's reach; nothing is changed then
     */
    @Transactional
    public boolean recordDeadlines(StaffPrincipal office, ApplicationNumber number, LocalDate studyChangeOn,
            LocalDate cityTransferOn, Set<String> met) {
        if (student(office, number).isEmpty()) {
            return false;
        }
        Map<String, Marks> before = deadlineStore.of(number);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TurkiyeTime.ZONE);
        Map<String, LocalDate> starts = new LinkedHashMap<>();
        starts.put("HEALTH_INSURANCE", null);
        starts.put("STUDY_CHANGE_NOTICE", studyChangeOn);
        starts.put("CITY_TRANSFER_APPLICATION", cityTransferOn);
        var audited = AuditEvent.of(AuditActor.staff(office.username()), DEADLINES_RECORDED, number.value());
        for (var start : starts.entrySet()) {
            String code = start.getKey();
            LocalDate metBefore = metOn(before, code);
            LocalDate metOn = met.contains(code) ? (metBefore != null ? metBefore : today) : null;
            deadlineStore.save(number, code, new Marks(start.getValue(), metOn), now, office.username());
            audited = audited.with(code, (start.getValue() == null ? "" : start.getValue().toString()) + "/"
                    + (metOn == null ? "" : metOn.toString()));
        }
        audit.record(audited);
        return true;
    }

    private static LocalDate metOn(Map<String, Marks> marks, String code) {
        Marks m = marks.get(code);
        return m == null ? null : m.metOn();
    }

    private int parameter(String name, LocalDate on) {
        Rulebook rulebook = assessments.rulebook();
        Parameter parameter = rulebook.parameter(name);
        Object value = parameter.valueOn(on, rulebook.approvedValues().getOrDefault(name, List.of()))
                .orElseThrow(() -> new IllegalStateException(name + " has no value on " + on)).value();
        return ((Number) value).intValue();
    }

    /** The student of the application, empty unless in the office's reach. */
    @Transactional(readOnly = true)
    public Optional<Student> student(StaffPrincipal office, ApplicationNumber number) {
        return students(office).stream().filter(s -> s.number().equals(number)).findFirst()
                .flatMap(shared -> applications.find(number)
                        .map(summary -> new Student(shared, checklist(summary), store.find(number))));
    }

    /**
     * Records which checklist items the office received, its note and whether it forwarded the file
     * (dated the first time; unticking takes it back). Codes not on the checklist are ignored.
     *
     * @return empty when the application is not in the office's reach; nothing is changed then
     */
    @Transactional
    public Optional<IntakeRecord> record(StaffPrincipal office, ApplicationNumber number, Set<String> received,
            String note, boolean forwarded) {
        Optional<Student> student = student(office, number);
        if (student.isEmpty()) {
            return Optional.empty();
        }
        Set<String> known = student.get().checklist().stream().map(ChecklistItem::code).collect(Collectors.toSet());
        Set<String> items = received.stream().filter(known::contains).collect(Collectors.toSet());
        Instant now = clock.instant();
        LocalDate before = student.get().record().map(IntakeRecord::forwardedOn).orElse(null);
        LocalDate forwardedOn = !forwarded ? null : before != null ? before : LocalDate.ofInstant(now, TurkiyeTime.ZONE);
        String text = note == null || note.isBlank() ? null : note.strip();
        IntakeRecord record = new IntakeRecord(number, items, text, forwardedOn, now, office.username());
        store.save(record);
        audit.record(AuditEvent.of(AuditActor.staff(office.username()), INTAKE_RECORDED, number.value())
                .with("received", items.stream().sorted().toList())
                .with("forwardedOn", forwardedOn == null ? "" : forwardedOn.toString()));
        return Optional.of(record);
    }

    /**
     * A day's intake at once: for each application in the office's reach, every checklist item
     * received and the file forwarded, keeping the note. Numbers out of reach are skipped.
     *
     * @return how many applications were recorded
     */
    @Transactional
    public int recordAllReceivedAndForwarded(StaffPrincipal office, List<ApplicationNumber> numbers) {
        int recorded = 0;
        for (ApplicationNumber number : numbers) {
            Optional<Student> student = student(office, number);
            if (student.isPresent()) {
                Set<String> all = student.get().checklist().stream().map(ChecklistItem::code)
                        .collect(Collectors.toSet());
                String note = student.get().record().map(IntakeRecord::note).orElse(null);
                recorded += record(office, number, all, note, true).isPresent() ? 1 : 0;
            }
        }
        return recorded;
    }

    /**
     * The office's record as the student's status page and the officer's case page show it: each
     * checklist item received or missing, the note and the forwarding date; empty until the office
     * recorded anything.
     */
    @Transactional(readOnly = true)
    public Optional<StatusSection> section(ApplicationNumber number, Locale locale) {
        Optional<IntakeRecord> recorded = store.find(number);
        if (recorded.isEmpty()) {
            return stepEight(number, locale);
        }
        return recorded.flatMap(record -> applications.find(number).map(summary -> {
            List<StatusLine> lines = new ArrayList<>();
            List<Map<String, Object>> items = new ArrayList<>();
            for (ChecklistItem item : checklist(summary)) {
                boolean received = record.received(item.code());
                lines.add(new StatusLine(item.title().in(locale),
                        text(received ? "university.intake.received" : "university.intake.missing", locale)));
                items.add(Map.of("code", item.code(), "received", received));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("items", items);
            if (record.note() != null) {
                lines.add(new StatusLine(text("university.intake.note", locale), record.note()));
                data.put("note", record.note());
            }
            lines.add(new StatusLine(text("university.intake.forwarded-on", locale), record.forwardedOn() == null
                    ? text("university.intake.not-forwarded", locale)
                    : record.forwardedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(locale))));
            if (record.forwardedOn() != null) {
                data.put("forwardedOn", record.forwardedOn().toString());
            }
            return new StatusSection("universityIntake", SECTION_ORDER, text("university.intake.section", locale),
                    lines, List.of(), data);
        }));
    }

    /**
     * Before the office recorded anything: what step 8 asks of a student who shares a submitted
     * application with the university, namely to hand the checklist's documents to its office: where
     * (office, address, hours, as the university's data) and by when (the university's period in
     * business days after applying, or, where it set none, that the guide sets none).
     */
    private Optional<StatusSection> stepEight(ApplicationNumber number, Locale locale) {
        return applications.sharedUniversity(number).flatMap(university -> applications.find(number)
                .filter(summary -> summary.submittedAt() != null && "STUDENT".equals(summary.permitType()))
                .map(summary -> {
                    List<StatusLine> lines = new ArrayList<>();
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("university", university);
                    lines.add(new StatusLine(text("university.intake.step8.where", locale), university));
                    Optional<Office> office = offices.find(university);
                    office.ifPresent(o -> {
                        lines.add(new StatusLine(text("university.intake.step8.office", locale), o.name().in(locale)));
                        lines.add(new StatusLine(text("university.intake.step8.address", locale), o.address()));
                        lines.add(new StatusLine(text("university.intake.step8.hours", locale), o.hours() != null
                                ? o.hours().in(locale)
                                : o.website() != null
                                        ? messages.getMessage("university.intake.step8.hours-website",
                                                new Object[] {o.website()}, locale)
                                        : text("university.intake.step8.hours-unknown", locale)));
                        data.put("address", o.address());
                    });
                    Integer days = office.map(Office::step8BusinessDays).orElse(null);
                    LocalDate applied = summary.applicationDate() != null ? summary.applicationDate()
                            : LocalDate.ofInstant(summary.submittedAt(), TurkiyeTime.ZONE);
                    if (days != null) {
                        LocalDate due = calendar.addBusinessDays(applied, days);
                        lines.add(new StatusLine(text("university.intake.step8.by", locale),
                                messages.getMessage("university.intake.step8.by-date", new Object[] {
                                        due.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                                .withLocale(locale)), days}, locale)));
                        data.put("dueDate", due.toString());
                    } else {
                        lines.add(new StatusLine(text("university.intake.step8.by", locale),
                                text("university.intake.step8.by-none", locale)));
                    }
                    for (ChecklistItem item : checklist(summary)) {
                        lines.add(new StatusLine(item.title().in(locale), text("university.intake.missing", locale)));
                    }
                    data.put("items", checklist(summary).stream()
                            .map(item -> Map.of("code", item.code(), "received", false)).toList());
                    return new StatusSection("universityIntake", SECTION_ORDER,
                            text("university.intake.step8.title", locale), lines, List.of(), data);
                }));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static List<ChecklistItem> checklist(ApplicationSummary summary) {
        return summary.checklist() == null ? List.of()
                : summary.checklist().stream().filter(item -> !item.onRequest()).toList();
    }
}
