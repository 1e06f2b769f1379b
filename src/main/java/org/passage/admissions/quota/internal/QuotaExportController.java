package org.passage.admissions.quota.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.admissions.reports.CsvDialect;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.pdf.PdfRenderer;
import org.passage.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The year's proposal per programme as it is reported to YÖK (§7.1): CSV in either dialect and a PDF,
 * linked from the register page. Only the registrar (or an admin) of the university gets it, and only
 * the university's own register, as on the page.
 */
@Controller
class QuotaExportController {

    static final String CSV = QuotaPagesController.BASE + "/export.csv";
    static final String PDF = QuotaPagesController.BASE + "/export.pdf";
    static final String VIEW = "admission-quota-export";

    private static final List<String> COLUMNS = List.of("programme", "osys", "source", "original", "current",
            "tuition", "currency", "new");

    private final QuotaRegister register;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final PdfRenderer pdf;

    QuotaExportController(QuotaRegister register, AuditTrail audit, MessageSource messages, PdfRenderer pdf) {
        this.register = register;
        this.audit = audit;
        this.messages = messages;
        this.pdf = pdf;
    }

    @GetMapping(CSV)
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) String year,
            @RequestParam(required = false) String dialect, Locale locale) {
        String university = QuotaPagesController.university(staff);
        int academicYear = year(year);
        CsvDialect csv = CsvDialect.of(dialect);
        List<QuotaRegister.Line> lines = lines(staff, university, academicYear);
        List<String> header = COLUMNS.stream().map(c -> text("admissions.quota.export.column." + c, locale)).toList();
        List<List<String>> rows = lines.stream().map(l -> List.of(l.name().in(locale),
                String.valueOf(l.previousOsysQuota()), l.osysSource(), String.valueOf(l.originalQuota()),
                String.valueOf(l.currentQuota()), csv.amount(l.tuitionAmount()),
                l.tuitionCurrency() == null ? "" : l.tuitionCurrency(),
                text(l.newProgramme() ? "admissions.quota.export.yes" : "admissions.quota.export.no", locale)))
                .toList();
        return file(csv.write(header, rows), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "quota-register-" + university + "-" + academicYear + ".csv");
    }

    @GetMapping(PDF)
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) String year,
            Locale locale) {
        String university = QuotaPagesController.university(staff);
        int academicYear = year(year);
        List<QuotaRegister.Line> lines = lines(staff, university, academicYear);
        java.text.NumberFormat money = java.text.NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (QuotaRegister.Line l : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", l.name().in(locale));
            row.put("osys", String.valueOf(l.previousOsysQuota()));
            row.put("source", l.osysSource());
            row.put("original", String.valueOf(l.originalQuota()));
            row.put("current", String.valueOf(l.currentQuota()));
            row.put("tuition", l.tuitionAmount() == null ? text("admissions.quota.no-tuition", locale)
                    : money.format(l.tuitionAmount()) + " " + l.tuitionCurrency());
            row.put("newProgramme", l.newProgramme());
            rows.add(row);
        }
        byte[] body = pdf.render("admissions/quota-export-pdf", Map.of("university", universityName(university, locale),
                "year", String.valueOf(academicYear), "next", String.valueOf(academicYear + 1), "rows", rows), locale);
        return file(body, MediaType.APPLICATION_PDF, "quota-register-" + university + "-" + academicYear + ".pdf");
    }

    /** The year's lines; a year without a register has nothing to report. */
    private List<QuotaRegister.Line> lines(StaffPrincipal staff, String university, int academicYear) {
        List<QuotaRegister.Line> lines = register.lines(university, academicYear);
        if (lines.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.recordView(AuditActor.staff(staff.username()), VIEW,
                List.of(QuotaPagesController.subject(university, academicYear)));
        return lines;
    }

    private String universityName(String university, Locale locale) {
        return register.published().stream().filter(p -> p.university().equals(university)).findFirst()
                .map(p -> p.name().in(locale)).orElse(university);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .cacheControl(CacheControl.noStore()).body(body);
    }

    private static int year(String s) {
        if (s == null || !s.strip().matches("[0-9]{4}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        int year = Integer.parseInt(s.strip());
        if (year < 2000 || year > 2200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return year;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
