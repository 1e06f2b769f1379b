package org.passage.admissions.candidate.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.DocumentMark;
import org.passage.admissions.desk.DocumentMarks;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.documents.DocumentId;
import org.passage.documents.Documents;
import org.passage.forms.FieldParsers;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The candidate's documents for staff who see the application in their queue: every required
 * document with its upload (opened in a new tab) and the registrar's completeness mark. Anyone else
 * finds neither.
 */
@Controller
class StaffDocumentsController {

    static final String VIEWED = "admission-documents";

    /** A required document: its upload, if any, and the registrar's mark, if any, as the page shows them. */
    record Row(String code, String title, String fileName, String href, String mark, String note, String correctBy,
            String markHref) {
    }

    private final StaffFiles staffFiles;
    private final CandidateJourney journey;
    private final DocumentMarks marks;
    private final Documents documents;
    private final AuditTrail audit;
    private final MessageSource messages;

    StaffDocumentsController(StaffFiles staffFiles, CandidateJourney journey, DocumentMarks marks,
            Documents documents, AuditTrail audit, MessageSource messages) {
        this.staffFiles = staffFiles;
        this.journey = journey;
        this.marks = marks;
        this.documents = documents;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/staff/admissions/{number}/documents")
    String list(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, Model model,
            Locale locale) {
        AdmissionApplication application = visible(staff, number);
        String base = "/staff/admissions/" + application.number().value() + "/documents/";
        model.addAttribute("pageTitle", messages.getMessage("admission.candidate.staff-documents.title",
                new Object[] {application.number().value()}, locale) + " – Passage");
        model.addAttribute("number", application.number().value());
        Map<String, CandidateFiles.Upload> uploads = new LinkedHashMap<>();
        uploads(application).forEach(u -> uploads.put(u.code(), u));
        Map<String, DocumentMark> marked = new LinkedHashMap<>();
        marks.of(application.number()).forEach(m -> marked.put(m.document(), m));
        List<String> codes = new ArrayList<>(staffFiles.file(application).map(journey::required).orElse(List.of()));
        uploads.keySet().stream().filter(code -> !codes.contains(code)).forEach(codes::add);
        boolean mayMark = staff.hasRole(StaffRole.REGISTRAR) && application.state() == AdmissionState.SUBMITTED;
        model.addAttribute("rows", codes.stream().map(code -> {
            CandidateFiles.Upload upload = uploads.get(code);
            DocumentMark mark = marked.get(code);
            return new Row(code, journey.documentTitle(code, locale), upload == null ? null : upload.fileName(),
                    upload == null ? null : base + code,
                    mark == null ? null : text("admission.candidate.marks.mark." + mark.mark().name(), locale),
                    mark == null ? null : mark.note(),
                    mark == null || mark.correctBy() == null ? null : FieldParsers.formatDate(mark.correctBy(), locale),
                    mayMark ? base + code + "/mark" : null);
        }).toList());
        return "admissions/candidate/staff-documents";
    }

    @GetMapping("/staff/admissions/{number}/documents/{code}")
    ResponseEntity<byte[]> open(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
            @PathVariable String code) throws IOException {
        AdmissionApplication application = visible(staff, number);
        CandidateFiles.Upload upload = uploads(application).stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.recordView(AuditActor.staff(staff.username()), VIEWED,
                List.of("admission:" + application.number().value()));
        byte[] bytes;
        try (var in = documents.open(new DocumentId(upload.documentId()))) {
            bytes = in.readAllBytes();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(upload.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(upload.fileName())
                        .build().toString())
                .body(bytes);
    }

    private List<CandidateFiles.Upload> uploads(AdmissionApplication application) {
        return staffFiles.uploads(application);
    }

    private AdmissionApplication visible(StaffPrincipal staff, String number) {
        return staffFiles.visible(staff, number);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
