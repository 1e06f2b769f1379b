package org.passage.admissions.candidate.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionQueue;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.documents.DocumentId;
import org.passage.documents.Documents;
import org.passage.staff.StaffPrincipal;
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
 * The candidate's uploaded documents for staff who see the application in their queue: a list, and
 * each document opened in a new tab. Anyone else finds neither.
 */
@Controller
class StaffDocumentsController {

    static final String VIEWED = "admission-documents";

    record Row(String code, String fileName, String href) {
    }

    private final AdmissionQueue queue;
    private final AdmissionApplications applications;
    private final CandidateFiles files;
    private final Documents documents;
    private final AuditTrail audit;
    private final MessageSource messages;

    StaffDocumentsController(AdmissionQueue queue, AdmissionApplications applications, CandidateFiles files,
            Documents documents, AuditTrail audit, MessageSource messages) {
        this.queue = queue;
        this.applications = applications;
        this.files = files;
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
        model.addAttribute("rows", uploads(application).stream()
                .map(u -> new Row(u.code(), u.fileName(), base + u.code())).toList());
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
        return files.ofIntake(application.candidateEmail(), application.university(), application.intake())
                .map(f -> files.uploads(f.id())).orElse(List.of());
    }

    private AdmissionApplication visible(StaffPrincipal staff, String number) {
        if (staff == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AdmissionNumber parsed;
        try {
            parsed = new AdmissionNumber(number);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AdmissionQueue.Scope scope = AdmissionQueue.Scope.of(staff)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!queue.contains(scope, parsed)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return applications.find(parsed).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
