package org.passage.visa.file.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.documents.DocumentId;
import org.passage.documents.DocumentRejectedException;
import org.passage.documents.Documents;
import org.passage.documents.StoredDocument;
import org.passage.documents.Upload;
import org.passage.forms.ErrorLink;
import org.passage.visa.ChecklistResults;
import org.passage.visa.GermanVisaRequest;
import org.passage.visa.file.VisaApplicant;
import org.passage.visa.file.VisaFileStatus;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's visa file pages: sign-in by e-mail and one-time code, saving the checklist as a
 * file, the file with each person's items and uploads, removing an upload after confirming, and
 * booking an appointment once the file is complete. Another applicant's file reads as 404.
 */
@Controller
@RequestMapping("/visa/file")
class VisaFileController {

    static final String PENDING_EMAIL = "visa.file.pendingEmail";
    static final String SAVE_AFTER_SIGN_IN = "visa.file.saveAfterSignIn";
    private static final String ID = "{id:[0-9a-f-]{36}}";
    private static final String ITEM = "{person:[A-Z_0-9]{1,10}}/{code:[A-Z0-9_]{1,64}}";

    private final VisaFileDesk desk;
    private final VisaFileViews views;
    private final VisaSignIns signIns;
    private final ChecklistResults checklist;
    private final Documents documents;
    private final MessageSource messages;

    VisaFileController(VisaFileDesk desk, VisaFileViews views, VisaSignIns signIns, ChecklistResults checklist,
            Documents documents, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.signIns = signIns;
        this.checklist = checklist;
        this.documents = documents;
        this.messages = messages;
    }

    /** The pages are long: the form's CSRF token is made before the response starts, while a session can still be created. */
    @ModelAttribute
    void csrfToken(CsrfToken csrf) {
        csrf.getToken();
    }

    // ---------------------------------------------------------------- sign-in

    @GetMapping("/sign-in")
    String signInPage(Model model) {
        return signInPage(model, null, null);
    }

    @PostMapping("/sign-in")
    String sendCode(@RequestParam(required = false) String email, HttpServletRequest request, HttpSession session,
            Model model, Locale locale) {
        if (!VisaSignIns.isEmail(email)) {
            return signInPage(model, email, text("visa.file.sign-in.email.invalid", locale));
        }
        if (!signIns.sendCode(email, locale, request.getRemoteAddr())) {
            return signInPage(model, email, text("visa.file.sign-in.too-many", locale));
        }
        session.setAttribute(PENDING_EMAIL, new VisaApplicant(email).email());
        return "redirect:/visa/file/sign-in/code";
    }

    @GetMapping("/sign-in/code")
    String codePage(HttpSession session, Model model) {
        if (!(session.getAttribute(PENDING_EMAIL) instanceof String email)) {
            return "redirect:/visa/file/sign-in";
        }
        return codePage(model, email, null);
    }

    @PostMapping("/sign-in/code")
    String verify(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model, Locale locale) {
        if (!(session.getAttribute(PENDING_EMAIL) instanceof String email)) {
            return "redirect:/visa/file/sign-in";
        }
        if (!signIns.verify(email, code)) {
            return codePage(model, email, text("visa.file.sign-in.code.wrong", locale));
        }
        session.removeAttribute(PENDING_EMAIL);
        signIns.signIn(email, request, response);
        HttpSession signedIn = request.getSession();
        if (Boolean.TRUE.equals(signedIn.getAttribute(SAVE_AFTER_SIGN_IN))) {
            signedIn.removeAttribute(SAVE_AFTER_SIGN_IN);
            return saveChecklist(email, signedIn, locale);
        }
        return "redirect:/visa/file";
    }

    private String signInPage(Model model, @Nullable String email, @Nullable String error) {
        model.addAttribute("email", email);
        model.addAttribute("error", error);
        model.addAttribute("errors", error == null ? List.of() : List.of(new ErrorLink("#email", error)));
        return "visa/file/sign-in";
    }

    private String codePage(Model model, String email, @Nullable String error) {
        model.addAttribute("sentTo", email);
        model.addAttribute("error", error);
        model.addAttribute("errors", error == null ? List.of() : List.of(new ErrorLink("#code", error)));
        return "visa/file/code";
    }

    // ---------------------------------------------------------------- files

    /** Saves the checklist answered in this session as a new file, signing in first when needed. */
    @PostMapping("/new")
    String create(HttpSession session, Locale locale) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            session.setAttribute(SAVE_AFTER_SIGN_IN, Boolean.TRUE);
            return "redirect:/visa/file/sign-in";
        }
        return saveChecklist(applicant.email(), session, locale);
    }

    private String saveChecklist(String email, HttpSession session, Locale locale) {
        GermanVisaRequest request = checklist.completed(session).orElse(null);
        if (request == null) {
            return "redirect:/visa/checklist";
        }
        return "redirect:/visa/file/" + desk.create(email, locale, request);
    }

    @GetMapping
    String mine(Model model, Locale locale) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        model.addAttribute("email", applicant.email());
        model.addAttribute("files", desk.ofApplicant(applicant.email()).stream()
                .map(f -> new Listed(f.id(), f.number(), views.category(f.category(), locale),
                        views.status(f.status().name(), locale), f.appointmentOn()))
                .toList());
        return "visa/file/mine";
    }

    record Listed(UUID id, String number, String category, String status, @Nullable LocalDate appointmentOn) {
    }

    @GetMapping("/" + ID)
    String file(@PathVariable UUID id, Model model, Locale locale) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        return filePage(desk.own(applicant.email(), id), null, null, model, locale);
    }

    private String filePage(VisaFile file, @Nullable String errorItem, @Nullable String error, Model model,
            Locale locale) {
        model.addAttribute("file", VisaFileViews.FileView.of(file));
        model.addAttribute("number", file.number());
        model.addAttribute("category", views.category(file.category(), locale));
        model.addAttribute("status", views.status(file.status().name(), locale));
        model.addAttribute("centreCity", file.centre() == null ? null : views.centreCity(file.centre()));
        model.addAttribute("open", file.status().open());
        model.addAttribute("removable", file.status() == VisaFileStatus.DRAFT);
        model.addAttribute("persons", views.persons(file, errorItem, error, locale));
        model.addAttribute("gaps", file.status() == VisaFileStatus.DRAFT
                ? views.gaps(file, desk.today(), locale) : List.of());
        model.addAttribute("timeline", views.timeline(file));
        model.addAttribute("cover", views.cover(file, locale));
        model.addAttribute("paid", VisaFilePdfs.paid(file));
        model.addAttribute("decision", views.decision(file, locale));
        List<VisaFileViews.EventView> events = views.events(file, locale);
        model.addAttribute("events", events);
        model.addAttribute("requestNote", desk.timeline(file.id()).stream()
                .filter(e -> e.status() == VisaFileStatus.DOCUMENTS_REQUESTED).map(VisaFiles.Event::reason)
                .reduce((first, last) -> last).orElse(null));
        model.addAttribute("noShowOn", file.status() == VisaFileStatus.DRAFT
                && desk.lastStep(file.id()) == VisaFileStatus.NO_SHOW ? desk.timeline(file.id()).getLast().reason()
                        : null);
        model.addAttribute("consultedOn", file.status().decided() ? null : file.authorityConsultedOn());
        model.addAttribute("consultedEarliest", desk.earliestAfterConsultation(file));
        model.addAttribute("errors", error == null ? List.of() : List.of(new ErrorLink("#file-" + errorItem, error)));
        return "visa/file/file";
    }

    @PostMapping("/" + ID + "/items/" + ITEM)
    String upload(@PathVariable UUID id, @PathVariable String person, @PathVariable String code,
            @RequestParam(required = false) MultipartFile file, Model model, Locale locale) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        Person who = person(person);
        String item = who.key() + "-" + code;
        try {
            if (file == null || file.isEmpty()) {
                return filePage(desk.own(applicant.email(), id), item, text("visa.file.upload.choose", locale), model,
                        locale);
            }
            desk.upload(applicant.email(), id, who, code, Upload.of(file));
        } catch (DocumentRejectedException | UploadRefusedException e) {
            return filePage(desk.own(applicant.email(), id), item, messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), locale), model, locale);
        }
        return "redirect:/visa/file/" + id + "#" + item;
    }

    /** The applicant will bring the item to the appointment instead of uploading it, or takes that back. */
    @PostMapping("/" + ID + "/items/" + ITEM + "/bring")
    String bring(@PathVariable UUID id, @PathVariable String person, @PathVariable String code,
            @RequestParam(required = false) @Nullable String bring) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        Person who = person(person);
        desk.markBring(applicant.email(), id, who, code, !"false".equals(bring));
        return "redirect:/visa/file/" + id + "#" + who.key() + "-" + code;
    }

    @GetMapping("/" + ID + "/documents/{document:[0-9a-f-]{36}}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID document)
            throws IOException {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            throw new VisaFileNotFoundException();
        }
        VisaFile file = desk.own(applicant.email(), id);
        StoredDocument stored = documents.find(new DocumentId(document)).orElseThrow(VisaFileNotFoundException::new);
        InputStream in = desk.open(file, document);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .body(new InputStreamResource(in));
    }

    @GetMapping("/" + ID + "/documents/{document:[0-9a-f-]{36}}/remove")
    String confirmRemove(@PathVariable UUID id, @PathVariable UUID document, Model model, Locale locale) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        VisaFile file = desk.own(applicant.email(), id);
        VisaFiles.Upload upload = desk.uploads(id).stream().filter(u -> u.documentId().equals(document)).findFirst()
                .orElseThrow(VisaFileNotFoundException::new);
        model.addAttribute("file", VisaFileViews.FileView.of(file));
        model.addAttribute("fileName", upload.fileName());
        model.addAttribute("item", views.title(upload.code(), locale));
        model.addAttribute("person", views.person(upload.person(), locale));
        model.addAttribute("document", document);
        return "visa/file/remove";
    }

    @PostMapping("/" + ID + "/documents/{document:[0-9a-f-]{36}}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID document) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        desk.remove(applicant.email(), id, document);
        return "redirect:/visa/file/" + id;
    }

    @PostMapping("/" + ID + "/documents-sent")
    String documentsSent(@PathVariable UUID id) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        desk.documentsSent(applicant.email(), id);
        return "redirect:/visa/file/" + id;
    }

    // ---------------------------------------------------------------- appointment

    @GetMapping("/" + ID + "/appointment")
    String appointment(@PathVariable UUID id, Model model, Locale locale) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        return appointmentPage(desk.own(applicant.email(), id), null, model, locale);
    }

    private String appointmentPage(VisaFile file, @Nullable String error, Model model, Locale locale) {
        List<VisaFileViews.GapView> gaps = views.gaps(file, desk.today(), locale);
        model.addAttribute("file", VisaFileViews.FileView.of(file));
        model.addAttribute("number", file.number());
        model.addAttribute("gaps", gaps);
        model.addAttribute("centres", gaps.isEmpty() && file.status() == VisaFileStatus.DRAFT ? desk.bookable()
                : List.of());
        model.addAttribute("error", error);
        model.addAttribute("errors", error == null ? List.of() : List.of(new ErrorLink("#slots", error)));
        return "visa/file/appointment";
    }

    @PostMapping("/" + ID + "/appointment")
    String book(@PathVariable UUID id, @RequestParam(required = false) String slot, Model model, Locale locale) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        VisaFile file = desk.own(applicant.email(), id);
        String[] parts = slot == null ? new String[0] : slot.split("/", 2);
        LocalDate day;
        try {
            day = parts.length == 2 ? LocalDate.parse(parts[1]) : null;
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            return appointmentPage(file, text("visa.file.booking.choose", locale), model, locale);
        }
        try {
            desk.book(applicant.email(), id, parts[0], day);
        } catch (BookingRefusedException e) {
            return appointmentPage(file, text(e.getDetailMessageCode(), locale), model, locale);
        }
        return "redirect:/visa/file/" + id;
    }

    @PostMapping("/" + ID + "/appointment/cancel")
    String cancel(@PathVariable UUID id) {
        VisaApplicant applicant = VisaSignIns.current();
        if (applicant == null) {
            return "redirect:/visa/file/sign-in";
        }
        desk.cancel(applicant.email(), id);
        return "redirect:/visa/file/" + id;
    }

    private static Person person(String key) {
        try {
            return new Person(key);
        } catch (IllegalArgumentException e) {
            throw new VisaFileNotFoundException();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
