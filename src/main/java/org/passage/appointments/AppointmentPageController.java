package org.passage.appointments;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passage.appointments.AppointmentRefusedException.Reason;
import org.passage.forms.ErrorLink;
import org.passage.provinces.Province;
import org.passage.provinces.ProvinceCode;
import org.passage.provinces.Provinces;
import org.passage.residence.Actor;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in applicant's appointment page: the booked appointment with a cancel button, and the
 * next days of a province's directorate with their free places to book or move to. Only the
 * applicant of the application may act on it: a form naming another application is answered 404,
 * as if it did not exist. Refusals are shown on the page in the applicant's language.
 */
@Controller
@RequestMapping("/appointments")
class AppointmentPageController {

    static final String VIEW = "appointments/appointments";
    private static final Set<String> DONE = Set.of("booked", "changed", "cancelled");

    record ProvinceOption(String code, String name, boolean selected) {
    }

    record DayOption(String value, String text, int remaining, boolean available, boolean current) {
    }

    record CurrentAppointment(String date, String province, String directorate, String status, boolean changeable,
            boolean assigned) {
    }

    private final Appointments appointments;
    private final Directorates directorates;
    private final Provinces provinces;
    private final AppointmentTexts texts;
    private final Clock clock;

    AppointmentPageController(Appointments appointments, Directorates directorates, Provinces provinces,
            AppointmentTexts texts, Clock clock) {
        this.appointments = appointments;
        this.directorates = directorates;
        this.provinces = provinces;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Creates the CSRF token (and with it the session) before the page renders: the list of days
     * makes the page larger than the response buffer, and a token first asked for by a form after the
     * response was committed could no longer be stored.
     */
    @ModelAttribute
    void csrfTokenBeforeRendering(CsrfToken csrf) {
        csrf.getToken();
    }

    @GetMapping
    String page(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(required = false) String province, @RequestParam(required = false) String done,
            Model model, Locale locale) {
        ApplicationNumber number = signedIn(applicant);
        Map<String, String> errors = new LinkedHashMap<>();
        ProvinceCode chosen = null;
        if (province != null) {
            chosen = choosableProvince(province, errors, locale);
        }
        if (done != null && DONE.contains(done)) {
            model.addAttribute("done", "appointments.done." + done);
        }
        return render(number, chosen, errors, model, locale);
    }

    @PostMapping
    String book(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(required = false) String application, @RequestParam(required = false) String province,
            @RequestParam(required = false) String date, Model model, Locale locale, HttpServletResponse response) {
        ApplicationNumber number = owned(applicant, application);
        Map<String, String> errors = new LinkedHashMap<>();
        ProvinceCode chosen = choosableProvince(province, errors, locale);
        LocalDate day = parseDate(date);
        if (day == null) {
            errors.put("date", texts.text("appointments.error.date", locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(number, chosen, errors, model, locale);
        }
        boolean hadOne = appointments.active(number).isPresent();
        try {
            appointments.book(number, chosen, day, Actor.applicant(number));
        } catch (AppointmentRefusedException e) {
            errors.put(field(e.reason()), texts.text(e.messageKey(), locale));
            response.setStatus(e.getStatusCode().value());
            return render(number, chosen, errors, model, locale);
        }
        return "redirect:/appointments?done=" + (hadOne ? "changed" : "booked");
    }

    /** Asks before cancelling: a page, so that it works without JavaScript. */
    @GetMapping("/cancel")
    String confirmCancel(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model, Locale locale) {
        ApplicationNumber number = signedIn(applicant);
        Optional<Appointment> active = appointments.active(number)
                .filter(a -> a.changeableByApplicant(LocalDate.now(clock)));
        if (active.isEmpty()) {
            return "redirect:/appointments";
        }
        model.addAttribute("applicationId", number.value());
        model.addAttribute("applicationNumber", number.formatted());
        model.addAttribute("date", texts.date(active.get().date(), locale));
        model.addAttribute("directorate", texts.directorate(active.get().province(), locale));
        return "appointments/cancel";
    }

    @PostMapping("/cancel")
    String cancel(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(required = false) String application, Model model, Locale locale,
            HttpServletResponse response) {
        ApplicationNumber number = owned(applicant, application);
        try {
            appointments.cancel(number, Actor.applicant(number), null);
        } catch (AppointmentRefusedException e) {
            if (appointments.active(number).isEmpty() && appointments.latest(number)
                    .filter(a -> a.status() == AppointmentStatus.CANCELLED).isPresent()) {
                // A second send (a double click): the first one cancelled it.
                return "redirect:/appointments?done=cancelled";
            }
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("appointment", texts.text(e.messageKey(), locale));
            response.setStatus(e.getStatusCode().value());
            return render(number, null, errors, model, locale);
        }
        return "redirect:/appointments?done=cancelled";
    }

    private String render(ApplicationNumber number, ProvinceCode chosen, Map<String, String> errors, Model model,
            Locale locale) {
        model.addAttribute("applicationId", number.value());
        model.addAttribute("applicationNumber", number.formatted());
        model.addAttribute("errors", errors);
        model.addAttribute("errorLinks", ErrorLink.toFields(errors));
        Optional<ProvinceCode> home = appointments.provinceOf(number);
        model.addAttribute("submitted", home.isPresent());
        if (home.isEmpty()) {
            return VIEW;
        }
        boolean assigning = Directorate.assignsDates(home.get());
        model.addAttribute("assigning", assigning);
        model.addAttribute("homeDirectorate", texts.directorate(home.get(), locale));
        Optional<Appointment> active = appointments.active(number);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("current", active.map(a -> new CurrentAppointment(texts.date(a.date(), locale),
                texts.province(a.province(), locale), texts.directorate(a.province(), locale),
                texts.status(a.status(), locale), a.changeableByApplicant(today), a.assignedByDirectorate()))
                .orElse(null));
        boolean mayChoose = !assigning && active.map(a -> a.changeableByApplicant(today)).orElse(true);
        model.addAttribute("mayChoose", mayChoose);
        if (!mayChoose) {
            return VIEW;
        }
        ProvinceCode province = chosen != null ? chosen : active.map(Appointment::province).orElse(home.get());
        model.addAttribute("province", province.value());
        model.addAttribute("directorate", texts.directorate(province, locale));
        model.addAttribute("provinces", provinceOptions(province, locale));
        LocalDate currentDay = active.filter(a -> a.province().equals(province)).map(Appointment::date).orElse(null);
        List<DayOption> days = directorates.places(province, appointments.firstBookableDay(),
                        appointments.lastBookableDay()).stream()
                .map(d -> new DayOption(d.date().toString(), texts.date(d.date(), locale), d.remaining(),
                        d.available() && !d.date().equals(currentDay), d.date().equals(currentDay)))
                .toList();
        model.addAttribute("days", days);
        model.addAttribute("anyAvailable", days.stream().anyMatch(DayOption::available));
        return VIEW;
    }

    private List<ProvinceOption> provinceOptions(ProvinceCode selected, Locale locale) {
        return provinces.all(locale).stream()
                .filter(p -> !Directorate.assignsDates(p.code()))
                .map(p -> new ProvinceOption(p.code().value(), p.name(locale), p.code().equals(selected)))
                .toList();
    }

    /** A province an applicant may choose, or null with the reason in {@code errors}. */
    private ProvinceCode choosableProvince(String code, Map<String, String> errors, Locale locale) {
        Optional<ProvinceCode> province = provinces.find(code).map(Province::code);
        if (province.isEmpty()) {
            errors.put("province", texts.text(Reason.UNKNOWN_PROVINCE.messageKey(), locale));
            return null;
        }
        if (Directorate.assignsDates(province.get())) {
            errors.put("province", texts.text(Reason.ASSIGNED_BY_DIRECTORATE.messageKey(), locale));
            return null;
        }
        return province.get();
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String field(Reason reason) {
        return switch (reason) {
            case FULL, OUTSIDE_WINDOW, NOT_A_BUSINESS_DAY -> "date";
            case UNKNOWN_PROVINCE, ASSIGNED_BY_DIRECTORATE -> "province";
            default -> "appointment";
        };
    }

    private static ApplicationNumber signedIn(ApplicantPrincipal applicant) {
        if (applicant == null) {
            // Anonymous: Spring Security answers with its entry point (sign-in, or 403 until there is one).
            throw new AccessDeniedException("an applicant's page");
        }
        return applicant.applicationNumber();
    }

    /** The application the form names, if it is the signed-in applicant's; any other is "not found". */
    private static ApplicationNumber owned(ApplicantPrincipal applicant, String application) {
        ApplicationNumber signedIn = signedIn(applicant);
        ApplicationNumber named = ApplicationNumber.parseOrNull(application);
        if (named == null || !applicant.owns(named)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return signedIn;
    }
}
