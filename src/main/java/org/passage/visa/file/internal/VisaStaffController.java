package org.passage.visa.file.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.staff.StaffPrincipal;
import org.passage.visa.file.VisaFileStatus;
import org.passage.visa.file.internal.VisaFileDesk.StaffStep;
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
 * The staff's side of the visa file: the application centre's counter (received, passport taken,
 * fee paid, the passport's return at the counter or by courier) and the consulate's queue, whose
 * decisions are taken on {@link VisaDecisionController}'s page.
 * Each step is a transition of the file, appended to its timeline and e-mailed to the applicant.
 */
@Controller
class VisaStaffController {

    static final String CENTRE = "/staff/visa/centre";
    static final String CONSULATE = "/staff/visa/consulate";
    static final int MAX_REASON = 2000;
    private static final String ID = "/{id:[0-9a-f-]{36}}";
    private static final List<VisaFileStatus> CENTRE_QUEUE = List.of(VisaFileStatus.BOOKED, VisaFileStatus.RECEIVED,
            VisaFileStatus.PASSPORT_TAKEN, VisaFileStatus.ISSUED, VisaFileStatus.REFUSED, VisaFileStatus.PASSPORT_READY,
            VisaFileStatus.PASSPORT_SENT);
    static final int MAX_TRACKING = 60;
    private static final List<VisaFileStatus> CONSULATE_QUEUE = List.of(VisaFileStatus.FEE_PAID,
            VisaFileStatus.DOCUMENTS_SENT, VisaFileStatus.AUTHORITY_CONSULTED);

    /** A file in a queue, with the steps this desk may take next. */
    record Row(UUID id, String number, String category, String status, @Nullable String centre,
            java.time.@Nullable LocalDate appointmentOn, VisaFileDesk.Attendance attendance, List<String> attendees,
            List<String> steps) {
    }

    private final VisaFileDesk desk;
    private final VisaFileViews views;
    private final VisaCentreStaff centreStaff;

    VisaStaffController(VisaFileDesk desk, VisaFileViews views, VisaCentreStaff centreStaff) {
        this.desk = desk;
        this.views = views;
        this.centreStaff = centreStaff;
    }

    /**
     * A file of a centre the account is not bound to reads as 404 at the counter; a file this account
     * has just reopened (refused at the counter, or a no-show) stays in its reach, so that the same
     * step sent again reads as the first result, as the staff API does.
     */
    private void requireReach(UUID id, StaffPrincipal staff) {
        VisaFile file = desk.any(id);
        if (!centreStaff.of(staff.username()).covers(file.centre()) && !desk.reopenedBy(file, staff.username())) {
            throw new VisaFileNotFoundException();
        }
    }

    @ModelAttribute
    void csrf(CsrfToken csrf) {
        csrf.getToken();
    }

    @GetMapping(CENTRE)
    String centre(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        return queue(CENTRE, "visa.staff.centre.heading", CENTRE_QUEUE, staff, model, locale);
    }

    @PostMapping(CENTRE + ID + "/{step:RECEIVE|TAKE_PASSPORT|PAY_FEE|READY_FOR_COLLECTION|RETURN_PASSPORT}")
    String centreStep(@PathVariable UUID id, @PathVariable StaffStep step,
            @RequestParam(required = false) @Nullable String payment, @AuthenticationPrincipal StaffPrincipal staff) {
        requireReach(id, staff);
        desk.staffStep(id, step, staff.username(), null, step == StaffStep.PAY_FEE ? payment(payment) : null);
        return "redirect:" + CENTRE;
    }

    @PostMapping(CENTRE + ID + "/INCOMPLETE")
    String incomplete(@PathVariable UUID id, @RequestParam(required = false) String note,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        requireReach(id, staff);
        if (note == null || note.isBlank() || note.length() > MAX_REASON) {
            model.addAttribute("noteMissing", id);
            return centre(staff, model, locale);
        }
        desk.staffStep(id, StaffStep.INCOMPLETE, staff.username(), note);
        return "redirect:" + CENTRE;
    }

    /**
     * The applicant did not come: on or after the appointment's day the place is used up and the file
     * reopens for a new booking; before the day the page says so and nothing changes.
     */
    @PostMapping(CENTRE + ID + "/NO_SHOW")
    String noShow(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        requireReach(id, staff);
        try {
            desk.noShow(id, staff.username());
        } catch (NoShowTooEarlyException e) {
            response.setStatus(org.springframework.http.HttpStatus.CONFLICT.value());
            model.addAttribute("noShowTooEarly", id);
            return centre(staff, model, locale);
        }
        return "redirect:" + CENTRE;
    }

    /** The passport goes back by courier: the parcel's tracking reference is recorded and sent to the applicant. */
    @PostMapping(CENTRE + ID + "/SEND_BY_COURIER")
    String courier(@PathVariable UUID id, @RequestParam(required = false) String tracking,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        requireReach(id, staff);
        if (desk.any(id).status() == VisaFileStatus.PASSPORT_SENT) {
            return "redirect:" + CENTRE;
        }
        if (tracking == null || tracking.isBlank() || tracking.strip().length() > MAX_TRACKING) {
            model.addAttribute("trackingMissing", id);
            return centre(staff, model, locale);
        }
        desk.staffStep(id, StaffStep.SEND_BY_COURIER, staff.username(), tracking);
        return "redirect:" + CENTRE;
    }

    @GetMapping(CONSULATE)
    String consulate(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        return queue(CONSULATE, "visa.staff.consulate.heading", CONSULATE_QUEUE, staff, model,
                locale);
    }

    @PostMapping(CONSULATE + ID + "/REQUEST_DOCUMENTS")
    String requestDocuments(@PathVariable UUID id, @RequestParam(required = false) String note,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        if (note == null || note.isBlank() || note.length() > MAX_REASON) {
            model.addAttribute("noteMissing", id);
            return queue(CONSULATE, "visa.staff.consulate.heading", CONSULATE_QUEUE, staff, model, locale);
        }
        desk.staffStep(id, StaffStep.REQUEST_DOCUMENTS, staff.username(), note);
        return "redirect:" + CONSULATE;
    }

    /**
     * The consulate consulted the foreigners' authority on the day given (not after today, not before
     * the file was handed in): the file waits out the silence period in the queue.
     */
    @PostMapping(CONSULATE + ID + "/AUTHORITY_CONSULTED")
    String authorityConsulted(@PathVariable UUID id, @RequestParam(required = false) @Nullable String consultedOn,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        VisaFile file = desk.any(id);
        if (file.status() == VisaFileStatus.AUTHORITY_CONSULTED) {
            return "redirect:" + CONSULATE;
        }
        java.time.LocalDate on = consultedDay(consultedOn, file, desk.today());
        if (on == null) {
            model.addAttribute("consultedMissing", id);
            return queue(CONSULATE, "visa.staff.consulate.heading", CONSULATE_QUEUE, staff, model, locale);
        }
        desk.consultAuthority(id, on, staff.username());
        return "redirect:" + CONSULATE;
    }

    /** The day the authority was consulted, when it is a date by today and not before the file was handed in. */
    static java.time.@Nullable LocalDate consultedDay(@Nullable String value, VisaFile file, java.time.LocalDate today) {
        if (value == null || value.isBlank() || value.length() > 10) {
            return null;
        }
        try {
            java.time.LocalDate on = java.time.LocalDate.parse(value.strip());
            return consultedDay(on, file, today);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static java.time.@Nullable LocalDate consultedDay(java.time.@Nullable LocalDate on, VisaFile file,
            java.time.LocalDate today) {
        if (on == null || on.isAfter(today) || file.handedInOn() != null && on.isBefore(file.handedInOn())) {
            return null;
        }
        return on;
    }

    private String queue(String base, String heading, List<VisaFileStatus> statuses,
            StaffPrincipal staff, Model model, Locale locale) {
        model.addAttribute("base", base);
        model.addAttribute("heading", heading);
        model.addAttribute("consulate", CONSULATE.equals(base));
        model.addAttribute("counter", CENTRE.equals(base));
        model.addAttribute("today", desk.today());
        model.addAttribute("rows", desk.queue(statuses, CENTRE.equals(base) ? centreStaff.of(staff.username())
                : new VisaCentreStaff.Reach(java.util.Set.of()), staff.username(), base).stream().map(f -> new Row(f.id(), f.number(),
                views.category(f.category(), locale), views.status(f.status().name(), locale),
                f.centre() == null ? null : views.centreCity(f.centre()), f.appointmentOn(), desk.attendance(f.id()),
                attendees(desk.attendance(f.id()), locale), steps(base, f.status()))).toList());
        return "visa/file/staff-queue";
    }

    /** Each person who attends, with their age on the day and whether fingerprints are taken, for the day's list. */
    private List<String> attendees(VisaFileDesk.Attendance attendance, Locale locale) {
        return attendance.attendees().stream().map(a -> {
            String who = a.ageYears() == null
                    ? views.message("visa.staff.attendee.adult", locale, staffPerson(a.person(), locale))
                    : views.message("visa.staff.attendee.age", locale, staffPerson(a.person(), locale), a.ageYears());
            return a.fingerprints() ? views.message("visa.staff.attendee.fingerprints", locale, who)
                    : views.message("visa.staff.attendee.no-fingerprints", locale, who, attendance.minAge());
        }).toList();
    }

    /** A person of the file as the counter names them (the applicant's pages say "you"). */
    private String staffPerson(Person p, Locale locale) {
        return views.message(p.titleKey().replace("visa.file.person.", "visa.staff.person."), locale, p.childNumber());
    }

    /** How the fee was paid, as the counter's form sends it; anything else is a bad request. */
    private static FeePayment payment(@Nullable String payment) {
        if (payment == null) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "say how the fee was paid: CASH or CARD");
        }
        try {
            return FeePayment.valueOf(payment);
        } catch (IllegalArgumentException e) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "say how the fee was paid: CASH or CARD");
        }
    }

    private static List<String> steps(String base, VisaFileStatus status) {
        if (CONSULATE.equals(base)) {
            return status == VisaFileStatus.FEE_PAID || status == VisaFileStatus.DOCUMENTS_SENT
                    ? List.of("AUTHORITY_CONSULTED") : List.of();
        }
        return switch (status) {
            case BOOKED -> List.of(StaffStep.RECEIVE.name(), "NO_SHOW");
            case RECEIVED -> List.of(StaffStep.TAKE_PASSPORT.name());
            case PASSPORT_TAKEN -> List.of(StaffStep.PAY_FEE.name());
            case ISSUED, REFUSED -> List.of(StaffStep.READY_FOR_COLLECTION.name(), StaffStep.RETURN_PASSPORT.name(),
                    StaffStep.SEND_BY_COURIER.name());
            case PASSPORT_READY, PASSPORT_SENT -> List.of(StaffStep.RETURN_PASSPORT.name());
            default -> List.of();
        };
    }
}
