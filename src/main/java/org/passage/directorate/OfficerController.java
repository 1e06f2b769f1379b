package org.passage.directorate;

import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.appointments.AppointmentRefusedException;
import org.passage.directorate.ChecklistMarks.Mark;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.CaseListing;
import org.passage.residence.CaseQuery;
import org.passage.residence.ReviewRefusedException;
import org.passage.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's pages: the queue ({@code /staff/officer}) and the case page
 * ({@code /staff/officer/cases/{number}}) with its documents, decision letter and actions. Only cases
 * booked at the officer's provinces are ever shown or changed (see {@link Casework}); an action the
 * case does not allow shows the case again with the reason, and nothing is changed.
 */
@Controller
@RequestMapping(OfficerController.BASE)
class OfficerController {

    static final String BASE = "/staff/officer";
    private static final int QUEUE_SIZE = 200;

    private final Casework casework;
    private final CasePages pages;
    private final MessageSource messages;
    private final Clock clock;

    OfficerController(Casework casework, CasePages pages, MessageSource messages, Clock clock) {
        this.casework = casework;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal StaffPrincipal officer, @RequestParam(required = false) String state,
            @RequestParam(required = false) String permitType, @RequestParam(required = false) String q,
            Model model, Locale locale) {
        ApplicationState chosenState = parseState(state);
        String chosenType = pages.permitTypes(locale).containsKey(permitType) ? permitType : null;
        String search = q == null || q.isBlank() ? null : q.strip();
        boolean everyState = CasePages.EVERY_STATE.equals(state);
        List<CaseListing> cases = casework.queue(officer,
                new CaseQuery(officer.provinces(), chosenState, chosenType, search, QUEUE_SIZE, everyState));
        pages.queue(model, officer, cases, chosenState, everyState, chosenType, search, LocalDate.now(clock), locale);
        return "directorate/queue";
    }

    @GetMapping("/cases/{number}")
    String showCase(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number, Model model,
            Locale locale) {
        return casePage(officer, CaseRequests.number(number), Map.of(), List.of(), model, locale);
    }

    @GetMapping("/cases/{number}/documents/{document}")
    ResponseEntity<InputStreamResource> document(@AuthenticationPrincipal StaffPrincipal officer,
            @PathVariable String number, @PathVariable String document) throws IOException {
        return CaseRequests.download(casework, officer, number, document);
    }

    @GetMapping("/cases/{number}/decision-letter")
    ResponseEntity<byte[]> decisionLetter(@AuthenticationPrincipal StaffPrincipal officer,
            @PathVariable String number) {
        ApplicationNumber application = CaseRequests.number(number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("decision-" + application.value() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(casework.decisionLetter(officer, application));
    }

    @PostMapping("/cases/{number}/attended")
    String attended(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number, Model model,
            RedirectAttributes redirect, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        return act(officer, application, Map.of(), "attendance", model, redirect, locale, "attended",
                () -> casework.attended(officer, application));
    }

    @PostMapping("/cases/{number}/no-show")
    String noShow(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number, Model model,
            RedirectAttributes redirect, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        return act(officer, application, Map.of(), "attendance", model, redirect, locale, "no-show",
                () -> casework.noShow(officer, application));
    }

    @PostMapping("/cases/{number}/reschedule")
    String reschedule(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
            Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Map<String, String> values = values(form, "date-day", "date-month", "date-year", "rescheduleReason");
        LocalDate date = date(values, "date");
        if (date == null) {
            return casePage(officer, application, values, List.of(error("date-day", "directorate.error.date",
                    locale)), model, locale);
        }
        return act(officer, application, values, "rescheduleReason", model, redirect, locale, "rescheduled",
                () -> casework.reschedule(officer, application, date, values.get("rescheduleReason")));
    }

    @PostMapping("/cases/{number}/items-received")
    String markAllReceived(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number, Model model,
            RedirectAttributes redirect, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        return act(officer, application, Map.of(), "checklist", model, redirect, locale, "marked",
                () -> casework.markAllReceived(officer, application), "#checklist");
    }

    @PostMapping("/cases/{number}/items/{code}")
    String mark(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @PathVariable String code, @RequestParam(required = false) String mark, Model model,
            RedirectAttributes redirect, Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Mark chosen = CaseRequests.mark(mark);
        if (chosen == null) {
            return casePage(officer, application, Map.of(), List.of(error("mark-" + code,
                    "directorate.error.mark", locale)), model, locale);
        }
        return act(officer, application, Map.of(), "mark-" + code, model, redirect, locale, "marked",
                () -> casework.mark(officer, application, code, chosen), "#item-" + code);
    }

    @PostMapping("/cases/{number}/missing-documents")
    String missingDocuments(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
            Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Map<String, String> values = values(form, "businessDays", "note");
        List<String> items = form.getOrDefault("items", List.of());
        values.put("items", String.join(",", items));
        Integer days = wholeNumber(values.get("businessDays"));
        if (days == null) {
            return casePage(officer, application, values, List.of(error("businessDays",
                    "directorate.error.business-days", locale)), model, locale);
        }
        return act(officer, application, values, "items", model, redirect, locale, "missing-documents",
                () -> casework.requestMissingDocuments(officer, application, items, days, values.get("note")));
    }

    @PostMapping("/cases/{number}/approve")
    String approve(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
            Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Map<String, String> values = values(form, "validFrom-day", "validFrom-month", "validFrom-year",
                "validUntil-day", "validUntil-month", "validUntil-year", "shorteningReason", "indefinite",
                "gapReason");
        LocalDate from = date(values, "validFrom");
        LocalDate until = date(values, "validUntil");
        boolean indefinite = "YES".equals(values.get("indefinite"));
        List<ErrorLink> errors = new ArrayList<>();
        if (from == null) {
            errors.add(error("validFrom-day", "directorate.error.date", locale));
        }
        if (until == null && !indefinite) {
            errors.add(error("validUntil-day", "directorate.error.date", locale));
        }
        if (!errors.isEmpty()) {
            return casePage(officer, application, values, errors, model, locale);
        }
        return act(officer, application, values, "validUntil-day", model, redirect, locale, "approved",
                () -> casework.approve(officer, application, from, indefinite ? null : until,
                        values.get("shorteningReason"), values.get("gapReason")));
    }

    @PostMapping("/cases/{number}/reject")
    String reject(@AuthenticationPrincipal StaffPrincipal officer, @PathVariable String number,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
            Locale locale) {
        ApplicationNumber application = CaseRequests.number(number);
        Map<String, String> values = values(form, "explanation");
        List<String> grounds = form.getOrDefault("grounds", List.of());
        values.put("grounds", String.join(",", grounds));
        return act(officer, application, values, "grounds", model, redirect, locale, "rejected",
                () -> casework.reject(officer, application, grounds, values.get("explanation")));
    }

    private String act(StaffPrincipal officer, ApplicationNumber number, Map<String, String> values, String field,
            Model model, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        return act(officer, number, values, field, model, redirect, locale, done, action, "");
    }

    /**
     * Runs {@code action}; on success back to the case (with {@code done}'s message), on a refusal
     * the case again with the reason linked to {@code field} (or the reason's own field).
     */
    private String act(StaffPrincipal officer, ApplicationNumber number, Map<String, String> values, String field,
            Model model, RedirectAttributes redirect, Locale locale, String done, Runnable action, String anchor) {
        try {
            action.run();
        } catch (ReviewRefusedException e) {
            return casePage(officer, number, values, List.of(error(CasePages.fieldOf(e.reason(), field),
                    "directorate.refused." + e.reason(), locale)), model, locale);
        } catch (AppointmentRefusedException e) {
            if (alreadyDone(officer, number, done)) {
                return "redirect:" + BASE + "/cases/" + number.value() + anchor;
            }
            return casePage(officer, number, values, List.of(new ErrorLink("#" + field,
                    messages.getMessage(e.messageKey(), null, locale))), model, locale);
        } catch (ApplicationStateException | org.springframework.dao.OptimisticLockingFailureException e) {
            if (alreadyDone(officer, number, done)) {
                // A second send of the same form (a double click): the first one did it, show its result.
                return "redirect:" + BASE + "/cases/" + number.value() + anchor;
            }
            if (!(e instanceof ApplicationStateException refused)) {
                throw e;
            }
            return casePage(officer, number, values, List.of(new ErrorLink("#" + field,
                    messages.getMessage("directorate.error.state", new Object[] {
                            messages.getMessage("journey.state." + refused.state(), null, locale)}, locale))),
                    model, locale);
        }
        if (done != null) {
            redirect.addFlashAttribute("done", messages.getMessage("directorate.done." + done, null, locale));
        }
        return "redirect:" + BASE + "/cases/" + number.value() + anchor;
    }

    /** Whether the case already is where the action {@code done} leads. */
    private boolean alreadyDone(StaffPrincipal officer, ApplicationNumber number, String done) {
        ApplicationState now = casework.open(officer, number).file().summary().state();
        return switch (done == null ? "" : done) {
            case "attended" -> now == ApplicationState.UNDER_REVIEW;
            case "no-show" -> now == ApplicationState.WITHDRAWN_NO_SHOW;
            case "missing-documents" -> now == ApplicationState.MISSING_DOCUMENTS;
            case "approved" -> now == ApplicationState.APPROVED;
            case "rejected" -> now == ApplicationState.REJECTED;
            default -> false;
        };
    }

    private String casePage(StaffPrincipal officer, ApplicationNumber number, Map<String, String> values,
            List<ErrorLink> errors, Model model, Locale locale) {
        pages.casePage(model, casework.open(officer, number), values, errors, LocalDate.now(clock), locale);
        return "directorate/case";
    }

    private ErrorLink error(String field, String key, Locale locale) {
        return new ErrorLink("#" + field, messages.getMessage(key, null, locale));
    }


    private static ApplicationState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ApplicationState.valueOf(state);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


    /** The named fields of a form, stripped and cut to 2000 characters; blank ones left out. */
    private static Map<String, String> values(MultiValueMap<String, String> form, String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            String value = form.getFirst(name);
            if (value != null && !value.isBlank()) {
                String stripped = value.strip();
                values.put(name, stripped.length() > 2000 ? stripped.substring(0, 2000) : stripped);
            }
        }
        return values;
    }

    private static LocalDate date(Map<String, String> values, String name) {
        Integer day = wholeNumber(values.get(name + "-day"));
        Integer month = wholeNumber(values.get(name + "-month"));
        Integer year = wholeNumber(values.get(name + "-year"));
        if (day == null || month == null || year == null || year < 1900 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer wholeNumber(String text) {
        if (text == null || !text.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    /** A problem on the page, linking to its field. */
    record ErrorLink(String href, String text) {
    }

}
