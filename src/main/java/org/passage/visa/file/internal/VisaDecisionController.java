package org.passage.visa.file.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.passage.forms.ErrorLink;
import org.passage.forms.Field;
import org.passage.forms.FieldParsers;
import org.passage.forms.FormFields;
import org.passage.forms.Question;
import org.passage.rules.RefusalGround;
import org.passage.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consulate's decision on one file: issue the visa with its details (type D, validity, entries,
 * annotations) or refuse it on a ground of the rulebook. Both forms are built by the one form
 * engine; once decided, the page shows what was decided, and a resent form changes nothing.
 */
@Controller
class VisaDecisionController {

    static final String BASE = VisaStaffController.CONSULATE + "/{id:[0-9a-f-]{36}}";
    static final String PAGE = BASE + "/decision";
    private static final String VALID_FROM = "validFrom";
    private static final String VALID_UNTIL = "validUntil";
    private static final String ENTRIES = "entries";
    private static final String ANNOTATIONS = "annotations";
    private static final String GROUND = "ground";
    private static final String EXPLANATION = "explanation";
    private static final int LONGEST_VISA_DAYS = 365;
    /** The explanation goes to the timeline after the ground's title, within the timeline's 2000 characters. */
    static final int MAX_EXPLANATION = 1500;

    private final VisaFileDesk desk;
    private final VisaFileViews views;
    private final FormFields fields;

    VisaDecisionController(VisaFileDesk desk, VisaFileViews views, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.fields = new FormFields(messages, "visa.decision.q.%s.label", "visa.decision.q.%s.hint");
    }

    @ModelAttribute
    void csrf(CsrfToken csrf) {
        csrf.getToken();
    }

    @GetMapping(PAGE)
    String page(@PathVariable UUID id, Model model, Locale locale) {
        VisaFile file = decidable(id);
        Map<String, String> values = new HashMap<>();
        LocalDate from = desk.today();
        put(values, VALID_FROM, from);
        Integer stay = file.request().stayDays();
        put(values, VALID_UNTIL, from.plusDays(Math.min(stay == null ? LONGEST_VISA_DAYS : Math.max(stay, 1),
                LONGEST_VISA_DAYS) - 1));
        values.put(ENTRIES, IssuedVisa.Entries.MULTIPLE.name());
        return page(file, values, Map.of(), model, locale);
    }

    @PostMapping(BASE + "/ISSUE")
    String issue(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        VisaFile file = decidable(id);
        if (file.status().decided()) {
            return decided(id);
        }
        Map<String, String> values = values(form);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = FieldParsers.date(values.get(VALID_FROM + Question.DAY), values.get(VALID_FROM + Question.MONTH),
                values.get(VALID_FROM + Question.YEAR));
        LocalDate until = FieldParsers.date(values.get(VALID_UNTIL + Question.DAY),
                values.get(VALID_UNTIL + Question.MONTH), values.get(VALID_UNTIL + Question.YEAR));
        String entries = FieldParsers.choice(values.get(ENTRIES),
                List.of(IssuedVisa.Entries.SINGLE.name(), IssuedVisa.Entries.DOUBLE.name(), IssuedVisa.Entries.MULTIPLE.name()));
        String annotations = FieldParsers.text(values.get(ANNOTATIONS));
        if (from == null || from.isBefore(desk.today())) {
            errors.put(VALID_FROM, "visa.decision.error.validFrom");
        }
        if (until == null || from != null && (until.isBefore(from) || !until.isBefore(from.plusDays(LONGEST_VISA_DAYS + 1)))) {
            errors.put(VALID_UNTIL, "visa.decision.error.validUntil");
        }
        if (entries == null) {
            errors.put(ENTRIES, "visa.decision.error.entries");
        }
        if (annotations != null && annotations.length() > IssuedVisa.MAX_ANNOTATIONS) {
            errors.put(ANNOTATIONS, "visa.decision.error.annotations");
        }
        if (!errors.isEmpty()) {
            return page(file, values, errors, model, locale);
        }
        desk.issue(id, new IssuedVisa(from, until, IssuedVisa.Entries.valueOf(entries), annotations), staff.username());
        return decided(id);
    }

    @PostMapping(BASE + "/REFUSE")
    String refuse(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        VisaFile file = decidable(id);
        if (file.status().decided()) {
            return decided(id);
        }
        Map<String, String> values = values(form);
        Map<String, String> errors = new LinkedHashMap<>();
        String ground = FieldParsers.choice(values.get(GROUND), desk.refusalGrounds().keySet());
        String explanation = FieldParsers.text(values.get(EXPLANATION));
        if (ground == null) {
            errors.put(GROUND, "visa.decision.error.ground");
        }
        if (explanation != null && explanation.length() > MAX_EXPLANATION) {
            errors.put(EXPLANATION, "visa.decision.error.explanation");
        }
        if (!errors.isEmpty()) {
            return page(file, values, errors, model, locale);
        }
        desk.refuse(id, ground, explanation, staff.username());
        return decided(id);
    }

    private static String decided(UUID id) {
        return "redirect:" + VisaStaffController.CONSULATE + "/" + id + "/decision";
    }

    /** A file the consulate has to decide or has decided; any other reads as 404. */
    private VisaFile decidable(UUID id) {
        VisaFile file = desk.any(id);
        if (!file.status().withConsulate() && !file.status().decided()) {
            throw new VisaFileNotFoundException();
        }
        return file;
    }

    private String page(VisaFile file, Map<String, String> values, Map<String, String> errors, Model model,
            Locale locale) {
        model.addAttribute("id", file.id());
        model.addAttribute("number", file.number());
        model.addAttribute("category", views.category(file.category(), locale));
        model.addAttribute("status", views.status(file.status().name(), locale));
        model.addAttribute("open", file.status().withConsulate());
        model.addAttribute("decision", views.decision(file, locale));
        Map<String, String> entries = new LinkedHashMap<>();
        for (IssuedVisa.Entries e : IssuedVisa.Entries.values()) {
            entries.put(e.name(), views.text("visa.file.visa.entries." + e.name(), locale));
        }
        List<Field> issueFields = List.of(
                fields.date(VALID_FROM, values, errors, null, locale),
                fields.date(VALID_UNTIL, values, errors, null, locale),
                fields.field(ENTRIES, "RADIOS", values, errors, FormFields.options(ENTRIES, entries, values.get(ENTRIES)),
                        null, null, locale),
                fields.field(ANNOTATIONS, "TEXT", values, errors, List.of(), "off", "30", locale));
        List<Field.Option> grounds = new ArrayList<>();
        for (RefusalGround g : desk.refusalGrounds().values()) {
            // Each ground's citation is its radio's hint ("<id>-hint"): the first radio cannot take the
            // field's own name as id, whose hint is the field's.
            String optionId = GROUND + "-" + (grounds.size() + 1);
            grounds.add(new Field.Option(optionId, g.code(), g.title().in(locale), g.code().equals(values.get(GROUND)),
                    views.citation(g.citation(), locale)));
        }
        List<Field> refuseFields = List.of(
                fields.field(GROUND, "RADIOS", values, errors, grounds, null, null, locale),
                fields.field(EXPLANATION, "TEXT", values, errors, List.of(), "off", "30", locale));
        model.addAttribute("issueFields", issueFields);
        model.addAttribute("refuseFields", refuseFields);
        List<ErrorLink> links = new ArrayList<>();
        List<Field> all = new ArrayList<>(issueFields);
        all.addAll(refuseFields);
        for (Field f : all) {
            if (f.error() != null) {
                links.add(new ErrorLink("#" + f.firstInputId(), f.error()));
            }
        }
        model.addAttribute("errors", links);
        return "visa/file/decision";
    }

    private static Map<String, String> values(MultiValueMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> {
            if (!v.isEmpty() && v.getFirst() != null) {
                values.put(k, v.getFirst());
            }
        });
        return values;
    }

    private static void put(Map<String, String> values, String name, LocalDate date) {
        values.put(name + Question.DAY, String.valueOf(date.getDayOfMonth()));
        values.put(name + Question.MONTH, String.valueOf(date.getMonthValue()));
        values.put(name + Question.YEAR, String.valueOf(date.getYear()));
    }
}
