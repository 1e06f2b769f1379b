package org.passage.residence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.residence.ApiApplicants;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.ChecklistItem;
import org.passage.residence.UploadQuotaExceededException;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Attachment;
import org.passage.residence.application.ResidenceApplication;
import org.passage.residence.web.ApplicationForms;
import org.passage.residence.web.ApplicationUploads;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's documents through the API: the checklist with each item's uploads, uploading a
 * file for an item and removing one, by the same rules as the documents page (type judged from
 * the content, photos must be images, per-item and per-application quotas).
 */
@RestController
@RequestMapping(ResidenceApiConfiguration.BASE + "/applications/{number}/documents")
@Tag(name = "e-residence: documents")
@SecurityRequirement(name = ResidenceApiConfiguration.BEARER)
class DocumentsApiController {

    record FileJson(UUID documentId, String itemCode, String fileName, String mediaType, long size,
            Instant uploadedAt, boolean removable) {
    }

    record ItemJson(String code, String title, boolean onRequest, boolean requested, List<FileJson> files) {
    }

    record Checklist(boolean uploadsAllowed, List<ItemJson> items) {
    }

    private final ApplicationJourney journey;
    private final ApplicationForms forms;
    private final ApplicationUploads uploads;
    private final MessageSource messages;

    DocumentsApiController(ApplicationJourney journey, ApplicationForms forms, ApplicationUploads uploads,
            MessageSource messages) {
        this.journey = journey;
        this.forms = forms;
        this.uploads = uploads;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The checklist of documents with each item's uploads (empty while the form is incomplete)")
    Checklist checklist(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number, Locale locale) {
        ResidenceApplication application = journey.load(ApiApplicants.own(applicant, number));
        Set<String> requested = application.state() == ApplicationState.MISSING_DOCUMENTS
                ? Set.copyOf(application.missingDocuments().items()) : Set.of();
        Map<String, List<Attachment>> files = journey.attachments(application.number()).stream()
                .collect(Collectors.groupingBy(Attachment::itemCode));
        return new Checklist(ApplicationUploads.uploadsAllowed(application), forms.checklist(application).stream()
                .map(item -> new ItemJson(item.code(), item.title().in(locale), item.onRequest(),
                        requested.contains(item.code()), files.getOrDefault(item.code(), List.of()).stream()
                                .map(f -> file(application, f)).toList()))
                .toList());
    }

    @PostMapping(path = "/{itemCode}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a file (PDF, JPEG or PNG) for a checklist item, as the multipart part 'file'")
    FileJson upload(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number, @PathVariable String itemCode,
            @RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
        ResidenceApplication application = journey.load(ApiApplicants.own(applicant, number));
        if (!ApplicationUploads.uploadsAllowed(application)) {
            throw ApiProblems.problem(HttpStatus.CONFLICT, "api.problem.uploads-closed");
        }
        List<ChecklistItem> checklist = forms.checklist(application);
        if (checklist.stream().noneMatch(item -> item.code().equals(itemCode))) {
            throw ApiProblems.invalid(Map.of("itemCode", messages.getMessage("problem.field.unknown-code",
                    new Object[] {itemCode, checklist.stream().map(ChecklistItem::code).toList()}, locale)));
        }
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()) {
            throw ApiProblems.invalid(Map.of("file", messages.getMessage("journey.documents.choose-file", null,
                    locale)));
        }
        try {
            return file(application, uploads.upload(application, itemCode, file));
        } catch (UploadQuotaExceededException e) {
            throw ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "journey.documents.quota." + e.limit(),
                    e.allowed());
        }
    }

    @DeleteMapping("/{documentId}")
    @Operation(summary = "Remove an uploaded file while the application still allows it")
    ResponseEntity<Void> remove(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number,
            @PathVariable String documentId) {
        ResidenceApplication application = journey.load(ApiApplicants.own(applicant, number));
        UUID id = uuid(documentId);
        try {
            if (id == null || !uploads.remove(application, id)) {
                throw ApiProblems.problem(HttpStatus.NOT_FOUND, "api.problem.document-not-found");
            }
        } catch (ApplicationStateException e) {
            throw ApiProblems.problem(HttpStatus.CONFLICT, "journey.documents.remove-refused");
        }
        return ResponseEntity.noContent().build();
    }

    private static FileJson file(ResidenceApplication application, Attachment f) {
        return new FileJson(f.documentId(), f.itemCode(), f.fileName(), f.mediaType(), f.size(), f.uploadedAt(),
                application.removable(f));
    }

    private static UUID uuid(String text) {
        try {
            return text != null && text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
