package org.passage.university.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.calendar.TurkiyeTime;
import org.passage.pdf.PdfRenderer;
import org.passage.residence.ResidenceApplications.Studies;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.rules.LocalizedText;
import org.passage.residence.IssuedPermit;
import org.passage.residence.PermitRenewalReminders;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StudentsCsv;
import org.passage.university.IntakeRecord;
import org.passage.university.UniversityIntakes;
import org.passage.university.UniversityIntakes.FollowUp;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's follow-up of its consenting students ({@code /staff/university/follow-up}): where each
 * application stands, the permit number and validity once issued, and when the office forwarded the
 * file; as a page and as CSV, semicolon-separated by default (Turkish spreadsheets open it directly)
 * or comma-separated with {@code ?separator=comma}, both with a byte order mark.
 */
@Controller
class FollowUpController {

    static final String BASE = "/staff/university/follow-up";
    static final String PAGE_VIEW = "university-follow-up";
    static final String CSV_VIEW = "university-follow-up.csv";
    static final String PDF_VIEW = "university-follow-up.pdf";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> COLUMNS = List.of("number", "name", "state", "permit-number", "valid-from",
            "valid-until", "forwarded-on");

    private final UniversityIntakes intakes;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final PermitRenewalReminders reminders;
    private final PdfRenderer pdf;
    private final ResidencePermitAssessments assessments;

    FollowUpController(UniversityIntakes intakes, AuditTrail audit, MessageSource messages, Clock clock,
            PermitRenewalReminders reminders, PdfRenderer pdf, ResidencePermitAssessments assessments) {
        this.pdf = pdf;
        this.assessments = assessments;
        this.reminders = reminders;
        this.intakes = intakes;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }


    /**
     * One student's line, in the reader's language; empty strings where nothing is known yet. The day
     * the renewal reminder was sent is shown on the page only (the CSV keeps its columns).
     */
    record Row(String number, String name, String state, String permitNumber, String validFrom, String validUntil,
            String forwardedOn, String reminderSentOn, List<String> deadlines, String studentNumber, String programme,
            String level) {

        List<String> cells() {
            return List.of(number, name, state, permitNumber, validFrom, validUntil, forwardedOn);
        }
    }

    /**
     * The list's filters: state, permits expiring within {@code days}, a search in name and number, and
     * only students with an overdue deadline.
     */
    record Filter(String state, Integer days, String q, boolean overdue) {

        static Filter of(String state, String days, String q, String overdue) {
            Integer within = days != null && days.matches("\\d{1,4}") ? Integer.valueOf(days) : null;
            String search = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
            String chosen = state != null && state.matches("[A-Z_]{1,30}") ? state : null;
            return new Filter(chosen, within, search, "yes".equals(overdue));
        }

        boolean keeps(FollowUp s, LocalDate today) {
            if (overdue && s.deadlines().stream().noneMatch(d -> d.overdueOn(today))) {
                return false;
            }
            if (state != null && !s.shared().state().name().equals(state)) {
                return false;
            }
            if (days != null && s.permit().map(IssuedPermit::validUntil)
                    .filter(until -> !until.isBefore(today) && !until.isAfter(today.plusDays(days))).isEmpty()) {
                return false;
            }
            return q == null || (s.shared().givenNames() + " " + s.shared().surname()).toLowerCase(Locale.ROOT)
                    .contains(q) || s.shared().number().value().toLowerCase(Locale.ROOT)
                    .contains(q.replaceAll("[\\s-]", ""));
        }
    }

    @GetMapping(BASE)
    String page(@AuthenticationPrincipal StaffPrincipal office, @RequestParam(required = false) String state,
            @RequestParam(required = false) String days, @RequestParam(required = false) String q,
            @RequestParam(required = false) String overdue, Model model, Locale locale) {
        Filter filter = Filter.of(state, days, q, overdue);
        List<Row> rows = rows(office, filter, PAGE_VIEW, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale), locale);
        model.addAttribute("filterState", filter.state());
        model.addAttribute("filterDays", filter.days());
        model.addAttribute("filterQ", q == null ? "" : q.strip());
        model.addAttribute("filterOverdue", filter.overdue() ? "yes" : null);
        model.addAttribute("states", java.util.Arrays.stream(org.passage.residence.ApplicationState.values())
                .filter(st -> st != org.passage.residence.ApplicationState.DRAFT)
                .map(st -> java.util.Map.entry(st.name(), messages.getMessage("staff.state." + st.name(), null,
                        st.name(), locale))).toList());
        model.addAttribute("university", office.university());
        List<String> columns = new java.util.ArrayList<>(COLUMNS.stream()
                .map(c -> text("university.follow-up.column." + c, locale)).toList());
        columns.add(text("university.follow-up.deadlines", locale));
        model.addAttribute("columns", columns);
        model.addAttribute("rows", rows);
        model.addAttribute("pageTitle", text("university.follow-up.title", locale) + " – " + text("app.name", locale));
        return "university/follow-up";
    }

    @GetMapping(BASE + ".csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal StaffPrincipal office,
            @RequestParam(required = false) String separator, @RequestParam(required = false) String state,
            @RequestParam(required = false) String days, @RequestParam(required = false) String q,
            @RequestParam(required = false) String overdue, Locale locale) {
        List<Row> rows = rows(office, Filter.of(state, days, q, overdue), CSV_VIEW, DateTimeFormatter.ISO_LOCAL_DATE,
                locale);
        List<String> header = COLUMNS.stream().map(c -> text("university.follow-up.column." + c, locale)).toList();
        char sign = "comma".equals(separator) ? ',' : ';';
        byte[] text = StudentsCsv.write(header, rows.stream().map(Row::cells).toList(), sign)
                .getBytes(StandardCharsets.UTF_8);
        // The byte order mark makes spreadsheets read the Turkish letters as UTF-8.
        byte[] body = new byte[UTF8_BOM.length + text.length];
        System.arraycopy(UTF8_BOM, 0, body, 0, UTF8_BOM.length);
        System.arraycopy(text, 0, body, UTF8_BOM.length, text.length);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("follow-up-" + LocalDate.now(clock) + ".csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    /** The list as a PDF to print or file, with student number, programme and level of each student. */
    @GetMapping(BASE + ".pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StaffPrincipal office,
            @RequestParam(required = false) String state, @RequestParam(required = false) String days,
            @RequestParam(required = false) String q, @RequestParam(required = false) String overdue, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Row> rows = rows(office, Filter.of(state, days, q, overdue), PDF_VIEW, dates, locale);
        byte[] body = pdf.render("university/follow-up-pdf", java.util.Map.of(
                "university", office.university(),
                "printedOn", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(LocalDate.now(clock)),
                "rows", rows), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("follow-up-" + LocalDate.now(clock) + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private List<Row> rows(StaffPrincipal office, Filter filter, String view, DateTimeFormatter dates,
            Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<FollowUp> students = intakes.followUp(office).stream().filter(s -> filter.keeps(s, today)).toList();
        audit.recordView(AuditActor.staff(office.username()), view,
                students.stream().map(s -> s.shared().number().value()).toList());
        return students.stream().map(s -> new Row(s.shared().number().formatted(),
                s.shared().givenNames() + " " + s.shared().surname(),
                messages.getMessage("staff.state." + s.shared().state().name(), null, s.shared().state().name(),
                        locale),
                s.permit().map(p -> p.number().formatted()).orElse(""),
                s.permit().map(IssuedPermit::validFrom).map(dates::format).orElse(""),
                s.permit().map(p -> p.validUntil() == null ? text("university.follow-up.indefinite", locale)
                        : dates.format(p.validUntil())).orElse(""),
                s.record().map(IntakeRecord::forwardedOn).map(dates::format).orElse(""),
                s.permit().flatMap(p -> reminders.sentAt(p.number()))
                        .map(at -> dates.format(LocalDate.ofInstant(at, TurkiyeTime.ZONE))).orElse(""),
                s.deadlines().stream().filter(d -> d.metOn() == null).map(d -> text("university.deadline." + d.code(),
                        locale) + ": " + dates.format(d.dueOn()) + (d.overdueOn(today)
                        ? " (" + text("university.follow-up.overdue-mark", locale) + ")" : "")).toList(),
                s.studies().map(Studies::studentNumber).orElse(""),
                s.studies().map(Studies::programme).orElse(""),
                s.studies().map(Studies::studyLevel).map(level -> level(level, locale)).orElse(""))).toList();
    }

    /** The level's title in the reader's language, as the residence rules name it. */
    private String level(String code, Locale locale) {
        LocalizedText title = assessments.rulebook().vocabulary().getOrDefault("studyLevel", java.util.Map.of())
                .get(code);
        return title == null ? "" : title.in(locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
