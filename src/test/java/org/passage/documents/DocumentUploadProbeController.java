package org.passage.documents;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Test-only upload endpoints, as the residence module will have them, to prove uploads over HTTP. */
@RestController
class DocumentUploadProbeController {

    private final Documents documents;

    DocumentUploadProbeController(Documents documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/api/test/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    StoredDocument upload(@RequestParam MultipartFile file, @RequestParam(defaultValue = "ANY") DocumentKind kind) {
        return documents.store(Upload.of(file), kind);
    }

    @PostMapping(path = "/test/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String uploadFromAPage(@RequestParam MultipartFile file) {
        return documents.store(Upload.of(file), DocumentKind.ANY).id().toString();
    }
}
