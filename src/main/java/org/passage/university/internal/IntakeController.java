package org.passage.university.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.SharedApplication;
import org.passage.staff.StaffPrincipal;
import org.passage.text.FreeText;
import org.passage.university.IntakeRecord;
import org.passage.university.UniversityIntakes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The office's step-8 intake ({@code /staff/university/intake}): its consenting students with a
 * submitted application, and per student the checklist marked received or missing, a note and
 * "forwarded to the directorate". A student out of the office's reach is not found (404), whether
 * the number is unknown, of another university or no longer shared.
 */
@Controller
@RequestMapping(IntakeController.BASE)
class IntakeController {

    static final String BASE = "/staff/university/intake";
    static final String LIST_VIEW = "university-intake";
    static final String STUDENT_VIEW = "university-intake-student";
    private static final int NOTE_LENGTH = 1000;

    private final UniversityIntakes intakes;
    private final AuditTrail audit;
    private final MessageSource messages;

    IntakeController(UniversityIntakes intakes, AuditTrail audit, MessageSource messages) {
        this.intakes = intakes;
        this.audit = audit;
        this.messages = messages;
    }


    /** One student of the list, in the reader's language. */
    record Row(String number, String value, String name, String state, String forwardedOn) {
    }

    /** One checklist item with its mark. */
    record Item(String code, String title, boolean received) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffPrincipal office,
            @RequestParam(required = false) Integer recorded, Model model, Locale locale) {
        model.addAttribute("recorded", recorded);
        List<SharedApplication> students = intakes.students(office);
        audit.recordView(AuditActor.staff(office.username()), LIST_VIEW,
                students.stream().map(s -> s.number().value()).toList());
        DateTimeFormatter dates = dates(locale);
        model.addAttribute("university", office.university());
        model.addAttribute("rows", students.stream().map(s -> new Row(s.number().formatted(), s.number().value(),
                s.givenNames() + " " + s.surname(), state(s, locale),
                intakes.of(s.number()).map(IntakeRecord::forwardedOn).map(dates::format).orElse(""))).toList());
        model.addAttribute("pageTitle", text("university.intake.title", locale) + " – " + text("app.name", locale));
        return "university/intake";
    }

    /** Bulk marking for a day's intake: the ticked students' documents all received and forwarded. */
    @PostMapping("/bulk")
    String bulk(@AuthenticationPrincipal StaffPrincipal office,
            @RequestParam(name = "number", required = false) List<String> numbers) {
        List<ApplicationNumber> parsed = numbers == null ? List.of() : numbers.stream()
                .map(ApplicationNumber::parseOrNull).filter(java.util.Objects::nonNull).distinct().limit(500).toList();
        int recorded = intakes.recordAllReceivedAndForwarded(office, parsed);
        return "redirect:" + BASE + "?recorded=" + recorded;
    }

    @GetMapping("/{number}")
    String student(@AuthenticationPrincipal StaffPrincipal office, @PathVariable String number,
            @RequestParam(required = false) String saved, Model model, Locale locale) {
        ApplicationNumber parsed = parse(number);
        UniversityIntakes.Student student = intakes.student(office, parsed).orElseThrow(IntakeController::notFound);
        audit.recordView(AuditActor.staff(office.username()), STUDENT_VIEW, List.of(parsed.value()));
        return studentPage(student, null, saved != null, model, locale);
    }

    @PostMapping("/{number}")
    String record(@AuthenticationPrincipal StaffPrincipal office, @PathVariable String number,
            @RequestParam(name = "received", required = false) List<String> received,
            @RequestParam(required = false) String note, @RequestParam(required = false) String forwarded,
            Model model, Locale locale) {
        ApplicationNumber parsed = parse(number);
        UniversityIntakes.Student student = intakes.student(office, parsed).orElseThrow(IntakeController::notFound);
        if (note != null && (note.length() > NOTE_LENGTH || !FreeText.isCleanMultiline(note))) {
            return studentPage(student, note.length() > NOTE_LENGTH ? "university.intake.error.note-length"
                    : FreeText.MESSAGE_KEY, false, model, locale);
        }
        intakes.record(office, parsed, received == null ? Set.of() : new HashSet<>(received), note,
                "YES".equals(forwarded)).orElseThrow(IntakeController::notFound);
        return "redirect:" + BASE + "/" + parsed.value() + "?saved";
    }

    private String studentPage(UniversityIntakes.Student student, String noteError, boolean saved, Model model,
            Locale locale) {
        SharedApplication s = student.shared();
        Optional<IntakeRecord> record = student.record();
        model.addAttribute("number", s.number().formatted());
        model.addAttribute("value", s.number().value());
        model.addAttribute("name", s.givenNames() + " " + s.surname());
        model.addAttribute("state", state(s, locale));
        model.addAttribute("items", student.checklist().stream().map(item -> new Item(item.code(),
                item.title().in(locale), record.map(r -> r.received(item.code())).orElse(false))).toList());
        model.addAttribute("note", record.map(IntakeRecord::note).orElse(""));
        model.addAttribute("forwardedOn", record.map(IntakeRecord::forwardedOn).map(dates(locale)::format)
                .orElse(null));
        model.addAttribute("saved", saved);
        model.addAttribute("noteError", noteError == null ? null : text(noteError, locale));
        model.addAttribute("errors", noteError == null ? List.of()
                : List.of(new org.passage.forms.ErrorLink("#note", text(noteError, locale))));
        model.addAttribute("pageTitle", (noteError == null ? "" : text("checklist.error.title-prefix", locale) + " ")
                + text("university.intake.student.title", locale) + " – " + text("app.name", locale));
        return "university/intake-student";
    }

    private String state(SharedApplication s, Locale locale) {
        return messages.getMessage("staff.state." + s.state().name(), null, s.state().name(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    private static ApplicationNumber parse(String number) {
        ApplicationNumber parsed = ApplicationNumber.parseOrNull(number);
        if (parsed == null) {
            throw notFound();
        }
        return parsed;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
