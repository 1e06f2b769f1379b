package org.passage.residence.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.forms.FormFields;
import org.passage.forms.ErrorLink;
import org.passage.documents.DocumentId;
import org.passage.documents.DocumentRejectedException;
import org.passage.documents.Documents;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.MissingDocuments;
import org.passage.residence.ReviewRefusedException;
import org.passage.residence.ChecklistItem;
import org.passage.residence.UploadQuotaExceededException;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Attachment;
import org.passage.residence.application.ResidenceApplication;
import org.passage.forms.ErrorLink;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's documents: one upload per checklist item (PDF, JPEG or PNG up to 10 MiB, the
 * type judged from the content; photos must be images). While the application is a draft the
 * checklist comes from assessing the answers so far; once submitted, from the frozen checklist.
 */
@Controller
@RequestMapping(ApplicationController.BASE + "/documents")
class DocumentsController {

    /** One checklist item with what was uploaded for it. */
    record ItemView(String code, String title, String why, String citation, boolean photo, boolean onRequest,
            List<FileView> files, String error, boolean requested) {
    }

    /** An uploaded file, and whether the applicant may still remove it. */
    record FileView(UUID documentId, String fileName, boolean removable) {
    }

    /** What the directorate asked for, for the box at the top of the page. */
    record MissingView(List<String> items, String dueDate, String note) {
    }

    private final ApplicationJourney journey;
    private final Documents documents;
    private final MessageSource messages;
    private final FormFields forms;
    private final ApplicationChecklists checklists;
    private final ApplicationUploads uploads;

    DocumentsController(ApplicationJourney journey, Documents documents, MessageSource messages, FormFields forms,
            ApplicationChecklists checklists, ApplicationUploads uploads) {
        this.uploads = uploads;
        this.checklists = checklists;
        this.forms = forms;
        this.journey = journey;
        this.documents = documents;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ModelAttribute
    void loadFormToken(org.springframework.security.web.csrf.CsrfToken token) {
        if (token != null) {
            token.getToken();
        }
    }

    @GetMapping
    String page(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model, Locale locale) {
        return page(journey.load(applicant.applicationNumber()), null, null, model, locale);
    }

    @PostMapping("/{code:[A-Z0-9_]{1,64}}")
    String upload(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String code,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale) {
        ResidenceApplication application = journey.load(applicant.applicationNumber());
        List<ChecklistItem> checklist = checklist(application);
        if (!uploadsAllowed(application) || checklist.stream().noneMatch(i -> i.code().equals(code))) {
            return "redirect:" + ApplicationController.BASE + "/documents";
        }
        if (file == null || file.isEmpty() && file.getOriginalFilename() == null
                || file.getOriginalFilename() != null && file.getOriginalFilename().isEmpty()) {
            return page(application, code, messages.getMessage("journey.documents.choose-file", null, locale), model,
                    locale);
        }
        try {
            uploads.upload(application, code, file);
        } catch (DocumentRejectedException e) {
            return page(application, code, messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), locale), model, locale);
        } catch (UploadQuotaExceededException e) {
            return page(application, code, messages.getMessage("journey.documents.quota." + e.limit(),
                    new Object[] {e.allowed()}, locale), model, locale);
        }
        return "redirect:" + ApplicationController.BASE + "/documents#" + code;
    }

    /**
     * Where an upload over the request limit lands (the web module's body limit sends it back here
     * with {@code ?too-large} before reading it): the page, with the same message next to the item as
     * for a file refused while it was stored.
     */
    @GetMapping(path = "/{code:[A-Z0-9_]{1,64}}", params = "too-large")
    String tooLarge(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String code, Model model,
            Locale locale) {
        ResidenceApplication application = journey.load(applicant.applicationNumber());
        if (checklist(application).stream().noneMatch(i -> i.code().equals(code))) {
            return "redirect:" + ApplicationController.BASE + "/documents";
        }
        DocumentRejectedException refusal = documents.tooLarge();
        return page(application, code, messages.getMessage(refusal.getDetailMessageCode(),
                refusal.getDetailMessageArguments(), locale), model, locale);
    }

    /** "I have uploaded the missing documents": the case goes back to the directorate's review. */
    @PostMapping("/complete")
    String complete(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model, Locale locale) {
        ResidenceApplication application = journey.load(applicant.applicationNumber());
        if (application.state() == ApplicationState.UNDER_REVIEW) {
            // A second send (a double click): the first one sent the documents back.
            return "redirect:" + ApplicationController.BASE + "?completed";
        }
        if (application.state() != ApplicationState.MISSING_DOCUMENTS) {
            return "redirect:" + ApplicationController.BASE;
        }
        try {
            journey.completeMissingDocuments(application.number());
        } catch (ReviewRefusedException e) {
            String first = e.codes().isEmpty() ? application.missingDocuments().items().getFirst() : e.codes().getFirst();
            return page(application, first, messages.getMessage("review.documents.not-uploaded", null, locale), model,
                    locale);
        } catch (ApplicationStateException e) {
            return page(application, null, messages.getMessage("review.documents.too-late", null, locale), model,
                    locale);
        }
        return "redirect:" + ApplicationController.BASE + "?completed";
    }

    /** Asks before removing a file: a page of its own, so that it works without JavaScript. */
    @GetMapping("/{code:[A-Z0-9_]{1,64}}/{document}/delete")
    String confirmDelete(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String code,
            @PathVariable String document, Model model, Locale locale) {
        ResidenceApplication application = journey.load(applicant.applicationNumber());
        UUID id = parse(document);
        Attachment attachment = id == null ? null : journey.attachments(application.number()).stream()
                .filter(a -> a.documentId().equals(id) && a.itemCode().equals(code)).findFirst().orElse(null);
        if (attachment == null) {
            return "redirect:" + ApplicationController.BASE + "/documents";
        }
        if (!application.removable(attachment)) {
            return page(application, code, messages.getMessage("journey.documents.remove-refused", null, locale),
                    model, locale);
        }
        String item = checklist(application).stream().filter(i -> i.code().equals(code)).findFirst()
                .map(i -> i.title().in(locale)).orElse(code);
        model.addAttribute("fileName", attachment.fileName());
        model.addAttribute("item", item);
        model.addAttribute("action", ApplicationController.BASE + "/documents/" + code + "/" + id + "/delete");
        model.addAttribute("backHref", ApplicationController.BASE + "/documents#" + code);
        model.addAttribute("pageTitle", forms.title("journey.documents.remove.title", false, locale));
        return "residence/application/remove";
    }

    @PostMapping("/{code:[A-Z0-9_]{1,64}}/{document}/delete")
    String delete(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String code,
            @PathVariable String document, Model model, Locale locale) {
        UUID id = parse(document);
        try {
            if (id != null) {
                uploads.remove(journey.load(applicant.applicationNumber()), id);
            }
        } catch (ApplicationStateException e) {
            return page(journey.load(applicant.applicationNumber()), code,
                    messages.getMessage("journey.documents.remove-refused", null, locale), model, locale);
        }
        return "redirect:" + ApplicationController.BASE + "/documents#" + code;
    }

    /** The applicant's own uploaded file, for checking it (never another application's). */
    @GetMapping("/file/{document}")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @PathVariable String document) throws IOException {
        UUID id = parse(document);
        Attachment attachment = id == null ? null : journey.attachments(applicant.applicationNumber()).stream()
                .filter(a -> a.documentId().equals(id)).findFirst().orElse(null);
        if (attachment == null) {
            return ResponseEntity.notFound().build();
        }
        InputStream in = documents.open(new DocumentId(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(new InputStreamResource(in));
    }

    private String page(ResidenceApplication application, String errorCode, String error, Model model,
            Locale locale) {
        List<ChecklistItem> checklist = checklist(application);
        MissingDocuments missing = application.state() == ApplicationState.MISSING_DOCUMENTS
                ? application.missingDocuments() : null;
        Set<String> requested = missing == null ? Set.of() : Set.copyOf(missing.items());
        Map<String, List<Attachment>> files = journey.attachments(application.number()).stream()
                .collect(Collectors.groupingBy(Attachment::itemCode));
        List<ItemView> items = new ArrayList<>();
        for (ChecklistItem item : checklist) {
            items.add(new ItemView(item.code(), item.title().in(locale), item.why().in(locale),
                    messages.getMessage("checklist.citation", new Object[] {item.citationSourceIn(locale),
                            item.citationSection()}, locale),
                    item.code().contains("PHOTO"), item.onRequest(), files.getOrDefault(item.code(), List.of())
                            .stream().map(f -> new FileView(f.documentId(), f.fileName(), application.removable(f)))
                            .toList(),
                    item.code().equals(errorCode) ? error : null, requested.contains(item.code())));
        }
        model.addAttribute("missingDocuments", missing == null ? null : new MissingView(
                missing.items().stream().map(code -> checklist.stream().filter(i -> i.code().equals(code))
                        .findFirst().map(i -> i.title().in(locale)).orElse(code)).toList(),
                missing.dueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                missing.note()));
        if (error != null && errorCode == null) {
            model.addAttribute("completeError", error);
        }
        model.addAttribute("items", items);
        model.addAttribute("uploadsAllowed", uploadsAllowed(application));
        model.addAttribute("formIncomplete", checklist.isEmpty() && application.state() == ApplicationState.DRAFT);
        model.addAttribute("errors", error == null ? List.of()
                : List.of(new ErrorLink(errorCode == null ? "#complete" : "#file-" + errorCode, error)));
        model.addAttribute("pageTitle", forms.title("journey.documents.title", error != null, locale));
        return "residence/application/documents";
    }

    private static boolean uploadsAllowed(ResidenceApplication application) {
        return ApplicationUploads.uploadsAllowed(application);
    }

    private List<ChecklistItem> checklist(ResidenceApplication application) {
        return checklists.of(application);
    }

    private static UUID parse(String text) {
        try {
            return text != null && text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
