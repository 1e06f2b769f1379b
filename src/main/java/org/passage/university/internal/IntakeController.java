package org.passage.university.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.SharedApplication;
import org.passage.forms.ErrorLink;
import org.passage.forms.Field;
import org.passage.forms.FormFields;
import org.passage.staff.StaffPrincipal;
import org.passage.university.StudentDeadline;
import org.passage.text.FreeText;
import org.passage.university.IntakeRecord;
import org.passage.university.UniversityIntakes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
    private final FormFields forms;
    private final Clock clock;

    IntakeController(UniversityIntakes intakes, AuditTrail audit, MessageSource messages, Clock clock) {
        this.forms = new FormFields(messages, "university.q.%s.label", "university.q.%s.hint");
        this.clock = clock;
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

    /** One of the student's deadlines as shown: what, from when, by when, met or overdue. */
    record DeadlineRow(String code, String title, String startsOn, String dueOn, boolean met, boolean overdue) {
    }

    private static final List<String> CHANGE_DATES = List.of("studyChangeOn", "cityTransferOn");

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

    /**
     * The office records when the student changed studies or moved to another city (the deadlines run
     * from these days) and which deadlines the student met.
     */
    @PostMapping("/{number}/deadlines")
    String deadlines(@AuthenticationPrincipal StaffPrincipal office, @PathVariable String number,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "met", required = false) List<String> met, Model model, Locale locale) {
        ApplicationNumber parsed = parse(number);
        UniversityIntakes.Student student = intakes.student(office, parsed).orElseThrow(IntakeController::notFound);
        Map<String, String> values = FormFields.values(form, CHANGE_DATES.stream()
                .flatMap(name -> FormFields.dateInputs(name).stream()).toList());
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (String name : CHANGE_DATES) {
            boolean typed = FormFields.dateInputs(name).stream().anyMatch(input -> values.get(input) != null
                    && !values.get(input).isBlank());
            LocalDate date = FormFields.date(values, name);
            if (typed && (date == null || date.isAfter(LocalDate.now(clock)))) {
                problems.put(name, "university.deadlines.error.date");
            }
            dates.put(name, typed ? date : null);
        }
        if (!problems.isEmpty()) {
            return studentPage(student, null, values, problems, false, model, locale);
        }
        intakes.recordDeadlines(office, parsed, dates.get("studyChangeOn"), dates.get("cityTransferOn"),
                met == null ? Set.of() : new HashSet<>(met));
        return "redirect:" + BASE + "/" + parsed.value() + "?saved";
    }

    /** The deadlines table and form; {@code values} are the typed dates when refused, else {@code null}. */
    private void deadlinesModel(UniversityIntakes.Student student, Map<String, String> values,
            Map<String, String> problems, Model model, Locale locale) {
        List<StudentDeadline> deadlines = intakes.deadlines(student.shared());
        LocalDate today = LocalDate.now(clock);
        DateTimeFormatter dates = dates(locale);
        model.addAttribute("deadlines", deadlines.stream().map(d -> new DeadlineRow(d.code(),
                text("university.deadline." + d.code(), locale), dates.format(d.startsOn()), dates.format(d.dueOn()),
                d.metOn() != null, d.overdueOn(today))).toList());
        if (values == null) {
            values = new LinkedHashMap<>();
            for (StudentDeadline d : deadlines) {
                String name = "STUDY_CHANGE_NOTICE".equals(d.code()) ? "studyChangeOn"
                        : "CITY_TRANSFER_APPLICATION".equals(d.code()) ? "cityTransferOn" : null;
                if (name != null) {
                    values.put(name + "-day", String.valueOf(d.startsOn().getDayOfMonth()));
                    values.put(name + "-month", String.valueOf(d.startsOn().getMonthValue()));
                    values.put(name + "-year", String.valueOf(d.startsOn().getYear()));
                }
            }
        }
        Map<String, String> shownProblems = problems;
        List<Field> fields = new java.util.ArrayList<>();
        for (String name : CHANGE_DATES) {
            fields.add(forms.date(name, values, shownProblems, null, locale));
        }
        model.addAttribute("changeFields", fields);
        model.addAttribute("metOptions", UniversityIntakes.DEADLINE_CODES.stream().map(code -> new Field.Option(
                "met-" + code, code, text("university.deadline." + code, locale),
                deadlines.stream().anyMatch(d -> d.code().equals(code) && d.metOn() != null))).toList());
        if (!shownProblems.isEmpty()) {
            model.addAttribute("errors", fields.stream().filter(f -> f.error() != null)
                    .map(f -> new ErrorLink("#" + f.firstInputId(), f.error())).toList());
        }
    }

    private String studentPage(UniversityIntakes.Student student, String noteError, boolean saved, Model model,
            Locale locale) {
        return studentPage(student, noteError, null, Map.of(), saved, model, locale);
    }

    private String studentPage(UniversityIntakes.Student student, String noteError, Map<String, String> dateValues,
            Map<String, String> dateProblems, boolean saved, Model model, Locale locale) {
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
        deadlinesModel(student, dateValues, dateProblems, model, locale);
        boolean error = noteError != null || !dateProblems.isEmpty();
        model.addAttribute("pageTitle", (!error ? "" : text("checklist.error.title-prefix", locale) + " ")
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
