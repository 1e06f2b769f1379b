package org.passage.visa.file.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.staff.StaffPrincipal;
import org.passage.visa.file.VisaApplicant;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The file's cover sheet and fee receipt as PDFs, in the language asked for ({@code ?lang=}): for
 * the applicant their own file only (another's reads as 404), for the application centre's staff
 * any file, each look audited.
 */
@Controller
class VisaFilePdfController {

    private static final String ID = "/{id:[0-9a-f-]{36}}";

    private final VisaFileDesk desk;
    private final VisaFilePdfs pdfs;
    private final AuditTrail audit;
    private final VisaCentreStaff centreStaff;

    VisaFilePdfController(VisaFileDesk desk, VisaFilePdfs pdfs, AuditTrail audit, VisaCentreStaff centreStaff) {
        this.desk = desk;
        this.pdfs = pdfs;
        this.audit = audit;
        this.centreStaff = centreStaff;
    }

    /** A file of the account's centres; another centre's reads as 404. */
    private VisaFile reached(UUID id, StaffPrincipal staff) {
        VisaFile file = desk.any(id);
        if (!centreStaff.of(staff.username()).covers(file.centre())) {
            throw new VisaFileNotFoundException();
        }
        return file;
    }

    @GetMapping("/visa/file" + ID + "/cover.pdf")
    ResponseEntity<byte[]> cover(@PathVariable UUID id, Locale locale) {
        VisaFile file = own(id);
        return pdf(pdfs.cover(file, VisaFileLinks.filePage(file.id()), locale), "cover", file);
    }

    @GetMapping("/visa/file" + ID + "/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable UUID id, Locale locale) {
        VisaFile file = own(id);
        return pdf(pdfs.receipt(file, locale), "receipt", file);
    }

    @GetMapping(VisaStaffController.CENTRE + ID + "/cover.pdf")
    ResponseEntity<byte[]> staffCover(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
            Locale locale) {
        VisaFile file = reached(id, staff);
        audit.recordView(AuditActor.staff(staff.username()), "visa-file-cover-pdf", List.of(VisaFileDesk.subject(id)));
        return pdf(pdfs.cover(file, VisaFileLinks.filePage(file.id()), locale), "cover", file);
    }

    @GetMapping(VisaStaffController.CENTRE + ID + "/receipt.pdf")
    ResponseEntity<byte[]> staffReceipt(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
            Locale locale) {
        VisaFile file = reached(id, staff);
        audit.recordView(AuditActor.staff(staff.username()), "visa-file-receipt-pdf",
                List.of(VisaFileDesk.subject(id)));
        return pdf(pdfs.receipt(file, locale), "receipt", file);
    }

    private VisaFile own(UUID id) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            throw new VisaFileNotFoundException();
        }
        return desk.own(applicant.email(), id);
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String kind, VisaFile file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("visa-file-" + file.number() + "-" + kind + ".pdf").build().toString())
                .body(content);
    }
}
