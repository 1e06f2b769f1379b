package org.passage.admissions.reports.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.reports.CsvDialect;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.calendar.TurkiyeTime;
import org.passage.staff.StaffPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The desk's reports page ({@code /staff/admissions/reports}): the YÖK data request on registered
 * foreign students per academic year (§7.8) as CSV, in the column layout of the layout file, and the
 * intakes' dashboards. The registrar (or an admin) of the university only, for its own students.
 */
@Controller
class ReportsController {

    static final String BASE = "/staff/admissions/reports";
    static final String STUDENTS_VIEW = "admission-yok-students.csv";

    record IntakeLink(String code, String label) {
    }

    private final RegisteredStudents students;
    private final YokStudentsFile file;
    private final ExportLayout layout;
    private final Intakes intakes;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    ReportsController(RegisteredStudents students, YokStudentsFile file, Intakes intakes, AuditTrail audit,
            MessageSource messages, Clock clock,
            @Value("${passage.admissions.yok-student-layout:admissions/yok-foreign-students.yaml}") String layout) {
        this.students = students;
        this.file = file;
        this.layout = ExportLayout.load(layout);
        this.intakes = intakes;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String page(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        String university = ReportAccess.university(staff);
        model.addAttribute("pageTitle", messages.getMessage("admissions.reports.title", null, locale) + " – Passage");
        // as text, so that no locale groups the year's digits
        model.addAttribute("year", String.valueOf(LocalDate.now(clock.withZone(TurkiyeTime.ZONE)).getYear()));
        model.addAttribute("university", university);
        model.addAttribute("intakes", intakes.ofUniversity(university).stream()
                .map(i -> new IntakeLink(i.code(), messages.getMessage("admissions.reports.intake", new Object[] {
                        messages.getMessage("admissions.term." + i.term().name(), null, locale),
                        String.valueOf(i.academicYear()), String.valueOf(i.academicYear() + 1)}, locale)))
                .toList());
        return "admissions/reports";
    }

    @GetMapping(BASE + "/yok-students.csv")
    ResponseEntity<byte[]> students(@AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(required = false) String year, @RequestParam(required = false) String dialect,
            Locale locale) {
        String university = ReportAccess.university(staff);
        int academicYear = year(year);
        CsvDialect csv = CsvDialect.of(dialect);
        List<RegisteredStudent> enrolled = students.of(university, academicYear);
        audit.recordView(AuditActor.staff(staff.username()), STUDENTS_VIEW,
                enrolled.stream().map(RegisteredStudent::applicationNumber).toList());
        byte[] body = csv.write(layout.headings(locale), file.rows(layout, enrolled, locale));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("yok-foreign-students-" + university + "-" + academicYear + ".csv").build()
                        .toString())
                .cacheControl(CacheControl.noStore()).body(body);
    }

    /** The academic year of the request; anything else is a bad request. */
    static int year(String s) {
        if (s == null || !s.strip().matches("[0-9]{4}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        int year = Integer.parseInt(s.strip());
        if (year < 2000 || year > 2200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return year;
    }
}
