package org.passage.visa.file.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.forms.Field;
import org.passage.staff.StaffPrincipal;
import org.passage.visa.file.VisaFileStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The counter's check of the originals against the file, item by item, one checkbox per item of
 * each person (the form engine's checkbox field). Every required original seen: the check is
 * recorded; one missing: the file is refused at the counter with the items named.
 */
@Controller
class VisaCounterCheckController {

    static final String PAGE = VisaStaffController.CENTRE + "/{id:[0-9a-f-]{36}}/check";
    private static final String SEEN = "seen";

    /** One person's items as a checkbox field. */
    record PersonChecks(String key, Field field) {
    }

    private final VisaFileDesk desk;
    private final VisaFileViews views;
    private final VisaCentreStaff centreStaff;

    VisaCounterCheckController(VisaFileDesk desk, VisaFileViews views, VisaCentreStaff centreStaff) {
        this.desk = desk;
        this.views = views;
        this.centreStaff = centreStaff;
    }

    @ModelAttribute
    void csrf(CsrfToken csrf) {
        csrf.getToken();
    }

    @GetMapping(PAGE)
    String page(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        VisaFile file = reachable(id, staff);
        if (file.status() != VisaFileStatus.RECEIVED && file.status() != VisaFileStatus.PASSPORT_TAKEN) {
            throw new VisaFileNotFoundException();
        }
        model.addAttribute("id", id);
        model.addAttribute("number", file.number());
        model.addAttribute("copies", views.cover(file, locale).copies());
        model.addAttribute("persons", persons(file, locale));
        return "visa/file/counter-check";
    }

    @PostMapping(PAGE)
    String check(@PathVariable UUID id, @RequestParam(name = SEEN, required = false) @Nullable List<String> seen,
            @RequestParam(required = false) @Nullable String note, @AuthenticationPrincipal StaffPrincipal staff) {
        reachable(id, staff);
        String shortNote = note == null || note.isBlank() ? null
                : note.strip().substring(0, Math.min(note.strip().length(), VisaStaffController.MAX_REASON / 2));
        desk.checkOriginals(id, seen == null ? Set.of() : new HashSet<>(seen), shortNote, staff.username());
        return "redirect:" + VisaStaffController.CENTRE;
    }

    /** A file of a centre the account reaches; another centre's, or none, is a 404. */
    private VisaFile reachable(UUID id, StaffPrincipal staff) {
        VisaFile file = desk.any(id);
        if (!centreStaff.of(staff.username()).covers(file.centre())) {
            throw new VisaFileNotFoundException();
        }
        return file;
    }

    private List<PersonChecks> persons(VisaFile file, Locale locale) {
        Map<String, List<Field.Option>> byPerson = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        desk.checks(file.id()).stream().filter(VisaFiles.Check::originalSeen)
                .forEach(c -> seen.add(c.person().key() + "/" + c.code()));
        for (VisaFileViews.PersonView p : views.persons(file, null, null, locale)) {
            titles.put(p.key(), p.title());
            List<Field.Option> options = byPerson.computeIfAbsent(p.key(), k -> new ArrayList<>());
            for (VisaFileViews.ItemView item : p.items()) {
                String value = p.key() + "/" + item.code();
                String label = item.title() + " – " + (item.uploads().isEmpty()
                        ? views.text(item.required() ? "visa.counter.not-uploaded" : "visa.counter.on-request", locale)
                        : views.message("visa.counter.uploaded", locale, item.uploads().size()));
                options.add(new Field.Option(SEEN + "-" + p.key() + "-" + item.code(), value, label,
                        seen.contains(value)));
            }
        }
        List<PersonChecks> persons = new ArrayList<>();
        byPerson.forEach((key, options) -> persons.add(new PersonChecks(key,
                new Field(SEEN, "CHECKBOX", titles.get(key), null, null, null, null, null, null, options, null, null))));
        return persons;
    }
}
