package org.passage.residence.web;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.documents.DocumentId;
import org.passage.documents.DocumentKind;
import org.passage.documents.Documents;
import org.passage.documents.StoredDocument;
import org.passage.documents.Upload;
import org.passage.residence.ApplicationState;
import org.passage.residence.ChecklistItem;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Attachment;
import org.passage.residence.application.ResidenceApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading and removing an application's documents, for the documents page and the API alike:
 * the file is stored (photos must be images), linked to its checklist item within the quota, and
 * never left behind without its link.
 */
@Component
public class ApplicationUploads {

    private final ApplicationJourney journey;
    private final Documents documents;
    private final ApplicationChecklists checklists;

    ApplicationUploads(ApplicationJourney journey, Documents documents, ApplicationChecklists checklists) {
        this.journey = journey;
        this.documents = documents;
        this.checklists = checklists;
    }

    /** Whether the applicant may upload now: while a draft, and when the directorate asked for documents. */
    public static boolean uploadsAllowed(ResidenceApplication application) {
        return application.state() == ApplicationState.DRAFT
                || application.state() == ApplicationState.MISSING_DOCUMENTS;
    }

    /**
     * Stores {@code file} for the checklist item {@code code}; the attachment made, or the one already
     * there when the same file was sent for the item before (a double click: the first upload stands).
     *
     * @throws org.passage.documents.DocumentRejectedException when the file's type or size is refused
     * @throws org.passage.residence.UploadQuotaExceededException when the item or the application is full
     */
    public Attachment upload(ResidenceApplication application, String code, MultipartFile file) {
        StoredDocument stored = documents.store(Upload.of(file),
                code.contains("PHOTO") ? DocumentKind.PHOTO : DocumentKind.ANY);
        Optional<Attachment> alreadyThere = journey.attachments(application.number()).stream()
                .filter(a -> a.itemCode().equals(code) && a.sha256().equals(stored.sha256())).findFirst();
        if (alreadyThere.isPresent()) {
            documents.delete(stored.id());
            return alreadyThere.get();
        }
        Attachment attachment = new Attachment(code, stored.id().value(), stored.fileName(), stored.mediaType(),
                stored.size(), stored.sha256(), stored.storedAt());
        try {
            journey.attach(application.number(), attachment, checklists.of(application).stream()
                    .map(ChecklistItem::code).collect(Collectors.toSet()));
        } catch (RuntimeException e) {
            // The link was not written: the stored file must not stay behind without it.
            documents.delete(stored.id());
            throw e;
        }
        return attachment;
    }

    /**
     * Removes one of the application's documents; whether it was one of them.
     *
     * @throws org.passage.residence.ApplicationStateException when it may not be removed any more
     */
    public boolean remove(ResidenceApplication application, UUID documentId) {
        if (journey.detach(application.number(), documentId)) {
            documents.delete(new DocumentId(documentId));
            return true;
        }
        return false;
    }
}
