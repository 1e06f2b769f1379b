package org.passage.staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.SharedApplication;
import org.passage.rules.LocalizedText;
import org.passage.rules.Rulebooks;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * A university's international office: the applications its students chose to share with it, as a
 * page and as CSV. Every listing is audited as a view of each student's personal data.
 */
@Controller
class UniversityStudentsController {

    static final String PAGE_VIEW = "university-students";
    static final String CSV_VIEW = "university-students.csv";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ResidenceApplications applications;
    private final StaffAccess access;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Map<String, LocalizedText> permitTypes;
    private final Clock clock;

    UniversityStudentsController(ResidenceApplications applications, StaffAccess access, AuditTrail audit,
            MessageSource messages, Rulebooks rulebooks, Clock clock) {
        this.applications = applications;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.permitTypes = rulebooks.get("tr-residence").vocabulary().getOrDefault("permitType", Map.of());
        this.clock = clock;
    }

    @GetMapping("/staff/university/students")
    String students(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        List<SharedApplication> shared = shared(staff, PAGE_VIEW);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        model.addAttribute("university", staff.university());
        model.addAttribute("students", shared.stream().map(a -> row(a, locale, dates)).toList());
        return "staff/university/students";
    }

    @GetMapping("/staff/university/students.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
        List<SharedApplication> shared = shared(staff, CSV_VIEW);
        DateTimeFormatter dates = DateTimeFormatter.ISO_LOCAL_DATE;
        List<String> header = List.of("number", "name", "permit-type", "state", "submitted", "appointment").stream()
                .map(column -> messages.getMessage("staff.university.column." + column, null, locale)).toList();
        List<List<String>> rows = shared.stream().map(a -> row(a, locale, dates))
                .map(row -> List.of(row.number(), row.name(), row.permitType(), row.state(), row.submittedOn(),
                        row.appointmentOn()))
                .toList();
        byte[] text = StudentsCsv.write(header, rows).getBytes(StandardCharsets.UTF_8);
        // The byte order mark makes spreadsheets read the Turkish letters as UTF-8.
        byte[] body = new byte[UTF8_BOM.length + text.length];
        System.arraycopy(UTF8_BOM, 0, body, 0, UTF8_BOM.length);
        System.arraycopy(text, 0, body, UTF8_BOM.length, text.length);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("students-" + LocalDate.now(clock) + ".csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private List<SharedApplication> shared(StaffPrincipal staff, String view) {
        if (!access.mayViewUniversity(staff, staff.university())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<SharedApplication> shared = applications.sharedWithUniversity(staff.university());
        audit.recordView(AuditActor.staff(staff.username()), view,
                shared.stream().map(a -> a.number().value()).toList());
        return shared;
    }

    private Row row(SharedApplication a, Locale locale, DateTimeFormatter dates) {
        LocalizedText permit = a.permitType() == null ? null : permitTypes.get(a.permitType());
        return new Row(a.number().formatted(), a.givenNames() + " " + a.surname(),
                permit == null ? a.permitType() : permit.in(locale),
                messages.getMessage("staff.state." + a.state().name(), null, a.state().name(), locale),
                dates.format(a.submittedAt().atZone(clock.getZone()).toLocalDate()),
                a.appointmentDate() == null ? "" : dates.format(a.appointmentDate()));
    }

    /** One student's line, already in the reader's language. */
    record Row(String number, String name, String permitType, String state, String submittedOn,
            String appointmentOn) {
    }
}
