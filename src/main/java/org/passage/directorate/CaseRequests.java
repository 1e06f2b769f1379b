package org.passage.directorate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.residence.ApplicationNumber;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the officer's pages and the officers' API read from a request the same way: the case's number,
 * a checklist mark, a document's id, and the download of an applicant's document.
 */
final class CaseRequests {

    private CaseRequests() {
    }

    /** The case's number; one that cannot be a number is a case that does not exist (404). */
    static ApplicationNumber number(String number) {
        ApplicationNumber parsed = ApplicationNumber.parseOrNull(number);
        if (parsed == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return parsed;
    }

    /** The mark named, or {@code null} when none or an unknown one is named (the caller says which). */
    static ChecklistMarks.@Nullable Mark mark(@Nullable String mark) {
        if (mark == null) {
            return null;
        }
        try {
            return ChecklistMarks.Mark.valueOf(mark);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * An uploaded document of the case as a download: never shown in Passage's origin, and running
     * nothing if opened there. An id that cannot be a document's is a document that does not exist (404).
     */
    static ResponseEntity<InputStreamResource> download(Casework casework, org.passage.staff.StaffPrincipal officer,
            String number, String document) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(document);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Casework.OpenDocument open = casework.document(officer, number(number), id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(open.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(open.document().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new InputStreamResource(open.content()));
    }
}
