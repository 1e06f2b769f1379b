package org.passage.admissions.candidate.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionRefusedException;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.DocumentMark;
import org.passage.admissions.desk.DocumentMarks;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.forms.ErrorLink;
import org.passage.forms.FieldParsers;
import org.passage.forms.FormFields;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.passage.text.FreeText;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registrar's completeness check of one required document of a submitted file
 * ({@code /staff/admissions/{number}/documents/{code}/mark}): received, missing or not valid, a
 * note, and for a missing or invalid document the day by which the candidate may send a corrected
 * one. Only the registrar of the file's university reaches it; anyone else's number is not found.
 */
@Controller
@RequestMapping("/staff/admissions/{number}/documents/{code:[A-Z0-9_]{1,60}}/mark")
class DocumentChecksController {

    static final String MARKED = "ADMISSION_DOCUMENT_MARKED";
    static final List<String> FIELDS = List.of("mark", "note");
    static final String CORRECT_BY = "correctBy";

    private final StaffFiles staffFiles;
    private final CandidateJourney journey;
    private final AdmissionDesk desk;
    private final DocumentMarks marks;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final FormFields fields;

    DocumentChecksController(StaffFiles staffFiles, CandidateJourney journey, AdmissionDesk desk, DocumentMarks marks,
            AuditTrail audit, TransactionTemplate transactions, MessageSource messages) {
        this.staffFiles = staffFiles;
        this.journey = journey;
        this.desk = desk;
        this.marks = marks;
        this.audit = audit;
        this.transactions = transactions;
        this.fields = new FormFields(messages, "admission.candidate.marks.%s.label", "admission.candidate.marks.%s.hint");
    }

    @GetMapping
    String form(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, @PathVariable String code,
            Model model, Locale locale) {
        AdmissionApplication application = registrars(staff, number, code);
        Map<String, String> values = new LinkedHashMap<>();
        marks.find(application.number(), code).ifPresent(m -> {
            values.put("mark", m.mark().name());
            if (m.note() != null) {
                values.put("note", m.note());
            }
            if (m.correctBy() != null) {
                values.put(CORRECT_BY + "-day", String.valueOf(m.correctBy().getDayOfMonth()));
                values.put(CORRECT_BY + "-month", String.valueOf(m.correctBy().getMonthValue()));
                values.put(CORRECT_BY + "-year", String.valueOf(m.correctBy().getYear()));
            }
        });
        return page(application, code, values, Map.of(), model, locale);
    }

    @PostMapping
    String mark(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
            RedirectAttributes redirect) {
        AdmissionApplication application = registrars(staff, number, code);
        List<String> names = new ArrayList<>(FIELDS);
        names.addAll(FormFields.dateInputs(CORRECT_BY));
        Map<String, String> values = FormFields.values(form, names);
        Map<String, String> errors = new LinkedHashMap<>();
        DocumentMark.Mark mark = parseMark(values.get("mark"));
        if (mark == null) {
            errors.put("mark", "admission.candidate.marks.error.mark");
        }
        String note = values.get("note");
        if (note != null && (note.length() > 1000 || !FreeText.isCleanMultiline(note))) {
            errors.put("note", "admission.candidate.marks.error.note");
        }
        LocalDate correctBy = null;
        boolean dateTyped = FormFields.dateInputs(CORRECT_BY).stream().anyMatch(values::containsKey);
        if (dateTyped) {
            correctBy = FormFields.date(values, CORRECT_BY);
            if (correctBy == null) {
                errors.put(CORRECT_BY, "admission.candidate.marks.error.correct-by");
            } else if (!correctBy.isAfter(journey.today())) {
                errors.put(CORRECT_BY, "admission.candidate.marks.error.correct-by-past");
            } else if (mark == DocumentMark.Mark.RECEIVED) {
                errors.put(CORRECT_BY, "admission.candidate.marks.error.correct-by-received");
            }
        }
        if (!errors.isEmpty()) {
            return page(application, code, values, errors, model, locale);
        }
        LocalDate due = correctBy;
        AdmissionDesk.Marked result;
        try {
            // The mark, its history entry, the candidate's e-mail and the audit entry commit together.
            result = transactions.execute(tx -> {
                AdmissionDesk.Marked marked = desk.markDocument(application.number(),
                        AdmissionActor.staff(staff.username()), code, mark, note, due);
                if (marked == AdmissionDesk.Marked.NOW) {
                    AuditEvent event = AuditEvent.of(AuditActor.staff(staff.username()), MARKED,
                            "admission:" + application.number().value()).with("document", code)
                            .with("mark", mark.name());
                    audit.record(due == null ? event : event.with("correctBy", due.toString()));
                }
                return marked;
            });
        } catch (AdmissionRefusedException e) {
            errors.put("mark", "admission.candidate.marks.error.state");
            return page(application, code, values, errors, model, locale);
        }
        redirect.addFlashAttribute("done", due == null ? "admission.candidate.marks.done"
                : "admission.candidate.marks.done-request");
        return "redirect:/staff/admissions/" + application.number().value() + "/documents#mark-" + code;
    }

    private String page(AdmissionApplication application, String code, Map<String, String> values,
            Map<String, String> errors, Model model, Locale locale) {
        String title = journey.documentTitle(code, locale);
        model.addAttribute("pageTitle", fields.title("admission.candidate.marks.title", !errors.isEmpty(), locale));
        model.addAttribute("heading", fields.text("admission.candidate.marks.heading", locale, title));
        model.addAttribute("number", application.number().value());
        model.addAttribute("action", "/staff/admissions/" + application.number().value() + "/documents/" + code
                + "/mark");
        model.addAttribute("submitted", application.state() == AdmissionState.SUBMITTED);
        Map<String, String> labels = new LinkedHashMap<>();
        for (DocumentMark.Mark m : DocumentMark.Mark.values()) {
            labels.put(m.name(), fields.text("admission.candidate.marks.mark." + m.name(), locale));
        }
        model.addAttribute("fields", List.of(
                fields.field("mark", "RADIOS", values, errors, FormFields.options("mark", labels, values.get("mark")),
                        null, null, locale),
                fields.text("note", values, errors, "off", locale),
                fields.date(CORRECT_BY, values, errors, null, locale)));
        Map<String, String> messagesById = new LinkedHashMap<>();
        errors.forEach((field, key) -> messagesById.put(field.equals(CORRECT_BY) ? CORRECT_BY + "-day" : field,
                fields.text(key, locale)));
        model.addAttribute("errors", ErrorLink.toFields(messagesById));
        return "admissions/candidate/staff-document-mark";
    }

    /** The file and document, for the registrar of its university; anyone else finds nothing. */
    private AdmissionApplication registrars(StaffPrincipal staff, String number, String code) {
        AdmissionApplication application = staffFiles.visible(staff, number);
        if (!staff.hasRole(StaffRole.REGISTRAR)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CandidateFile file = staffFiles.file(application)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!journey.required(file).contains(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return application;
    }

    private static DocumentMark.Mark parseMark(String value) {
        String code = FieldParsers.choice(value, Arrays.stream(DocumentMark.Mark.values())
                .map(Enum::name).toList());
        return code == null ? null : DocumentMark.Mark.valueOf(code);
    }
}
