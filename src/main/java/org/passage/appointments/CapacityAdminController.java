package org.passage.appointments;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.calendar.SaneDates;
import org.passage.forms.ErrorLink;
import org.passage.provinces.Province;
import org.passage.provinces.ProvinceCode;
import org.passage.provinces.Provinces;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrator's page for the directorates' places: per weekday, and for a single day.
 *
 * <p>Administrators only: the security configuration requires the ADMIN role on {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/capacity")
class CapacityAdminController {

    static final String LIST_VIEW = "appointments/capacity";
    static final String EDIT_VIEW = "appointments/capacity-edit";
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday"};

    record Row(String code, String name, WeeklyCapacity capacity, boolean assignsDates) {
    }

    record DayRow(String date, int capacity, int booked, int remaining) {
    }

    private final Directorates directorates;
    private final Appointments appointments;
    private final Provinces provinces;
    private final AppointmentTexts texts;

    CapacityAdminController(Directorates directorates, Appointments appointments, Provinces provinces,
            AppointmentTexts texts) {
        this.directorates = directorates;
        this.appointments = appointments;
        this.provinces = provinces;
        this.texts = texts;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        List<Row> rows = directorates.all().stream()
                .map(d -> new Row(d.province().value(), provinces.get(d.province()).name(locale), d.capacity(),
                        d.assignsDates()))
                .toList();
        model.addAttribute("rows", rows);
        return LIST_VIEW;
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, @RequestParam(required = false) String saved, Model model,
            Locale locale) {
        ProvinceCode province = province(code);
        WeeklyCapacity capacity = directorates.get(province).capacity();
        Map<String, String> values = new LinkedHashMap<>();
        int[] places = {capacity.monday(), capacity.tuesday(), capacity.wednesday(), capacity.thursday(),
                capacity.friday()};
        for (int i = 0; i < WEEKDAYS.length; i++) {
            values.put(WEEKDAYS[i], String.valueOf(places[i]));
        }
        if ("weekly".equals(saved) || "day".equals(saved)) {
            model.addAttribute("saved", "appointments.admin.saved." + saved);
        }
        return renderEdit(province, values, "", "", new LinkedHashMap<>(), model, locale);
    }

    @PostMapping("/{code}")
    String saveWeekly(@PathVariable String code, @RequestParam Map<String, String> form, Principal admin,
            Model model, Locale locale, HttpServletResponse response) {
        ProvinceCode province = province(code);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        int[] places = new int[WEEKDAYS.length];
        for (int i = 0; i < WEEKDAYS.length; i++) {
            String value = form.getOrDefault(WEEKDAYS[i], "").strip();
            values.put(WEEKDAYS[i], value);
            places[i] = places(value);
            if (places[i] < 0) {
                errors.put(WEEKDAYS[i], texts.text("appointments.admin.error.places", locale, WeeklyCapacity.MAX));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderEdit(province, values, "", "", errors, model, locale);
        }
        directorates.setWeeklyCapacity(province,
                new WeeklyCapacity(places[0], places[1], places[2], places[3], places[4]), "STAFF:" + admin.getName());
        return "redirect:/admin/capacity/" + province.value() + "?saved=weekly";
    }

    @PostMapping("/{code}/day")
    String saveDay(@PathVariable String code, @RequestParam(required = false) String date,
            @RequestParam(required = false) String places, Model model, Locale locale, HttpServletResponse response) {
        ProvinceCode province = province(code);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = null;
        try {
            day = date == null ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (day == null || !SaneDates.contains(day)) {
            // A year such as +999999999 is parsed but no calendar can count its holidays.
            day = null;
            errors.put("date", texts.text("appointments.error.date", locale));
        }
        int count = places(places == null ? "" : places.strip());
        if (count < 0) {
            errors.put("places", texts.text("appointments.admin.error.places", locale, WeeklyCapacity.MAX));
        }
        if (errors.isEmpty()) {
            try {
                directorates.setPlacesOn(province, day, count);
                return "redirect:/admin/capacity/" + province.value() + "?saved=day";
            } catch (AppointmentRefusedException e) {
                errors.put(e.reason() == AppointmentRefusedException.Reason.BELOW_BOOKED ? "places" : "date",
                        texts.text(e.messageKey(), locale));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        WeeklyCapacity capacity = directorates.get(province).capacity();
        Map<String, String> values = new LinkedHashMap<>();
        int[] weekly = {capacity.monday(), capacity.tuesday(), capacity.wednesday(), capacity.thursday(),
                capacity.friday()};
        for (int i = 0; i < WEEKDAYS.length; i++) {
            values.put(WEEKDAYS[i], String.valueOf(weekly[i]));
        }
        return renderEdit(province, values, date == null ? "" : date, places == null ? "" : places, errors, model,
                locale);
    }

    private String renderEdit(ProvinceCode province, Map<String, String> values, String dayDate, String dayPlaces,
            Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("code", province.value());
        model.addAttribute("directorate", texts.directorate(province, locale));
        model.addAttribute("assignsDates", Directorate.assignsDates(province));
        model.addAttribute("weekdays", WEEKDAYS);
        model.addAttribute("values", values);
        model.addAttribute("dayDate", dayDate);
        model.addAttribute("dayPlaces", dayPlaces);
        model.addAttribute("errors", errors);
        model.addAttribute("errorLinks", ErrorLink.toFields(errors));
        model.addAttribute("max", WeeklyCapacity.MAX);
        model.addAttribute("days", directorates.places(province, appointments.firstBookableDay(),
                        appointments.lastBookableDay()).stream()
                .map(d -> new DayRow(texts.date(d.date(), locale), d.capacity(), d.booked(), d.remaining()))
                .toList());
        return EDIT_VIEW;
    }

    private ProvinceCode province(String code) {
        return provinces.find(code).map(Province::code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The places typed, or -1 when not a whole number from 0 to the maximum. */
    private static int places(String text) {
        if (!text.matches("\\d{1,5}")) {
            return -1;
        }
        int value = Integer.parseInt(text);
        return value <= WeeklyCapacity.MAX ? value : -1;
    }
}
