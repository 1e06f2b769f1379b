package org.passage.residence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.forms.FormFields;
import org.passage.forms.ErrorLink;
import org.passage.forms.Field;
import org.passage.ratelimit.RateLimiter;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.PassportNumber;
import org.passage.residence.ResidenceProperties;
import org.passage.residence.application.ApplicationStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "I want to see the result of my application": the status by application number and passport
 * number. A wrong pair and an unknown number get the same answer, and lookups are rate-limited per
 * network address, so numbers cannot be found by trying.
 */
@Controller
class StatusController {

    static final String PATH = "/residence/status";

    private final ApplicationStatuses statuses;
    private final RateLimiter rateLimiter;
    private final ResidenceProperties properties;
    private final FormFields forms;
    private final StatusViews views;

    StatusController(ApplicationStatuses statuses, RateLimiter rateLimiter, ResidenceProperties properties,
            FormFields forms, StatusViews views) {
        this.statuses = statuses;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.forms = forms;
        this.views = views;
    }

    @GetMapping(PATH)
    String lookup(Model model, Locale locale) {
        return lookupPage(Map.of(), Map.of(), model, locale);
    }

    @PostMapping(PATH)
    String status(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        LookupForm typed = new LookupForm(form);
        Map<String, String> values = typed.values();
        Map<String, String> problems = typed.problems();
        ApplicationNumber number = typed.number();
        PassportNumber passport = typed.passport();
        if (!problems.isEmpty()) {
            return lookupPage(values, problems, model, locale);
        }
        if (!rateLimiter.tryAcquire("residence-lookup", request.getRemoteAddr(),
                properties.lookupsPerAddressPerHour(), Duration.ofHours(1)).allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return lookupPage(values, Map.of("applicationNumber", "journey.error.too-many"), model, locale);
        }
        var status = statuses.find(number, passport, locale);
        if (status.isEmpty()) {
            return lookupPage(values, Map.of("applicationNumber", "journey.error.not-found"), model, locale);
        }
        views.model(status.get(), model, locale);
        return "residence/status/status";
    }

    private String lookupPage(Map<String, String> values, Map<String, String> problems, Model model, Locale locale) {
        List<Field> fields = List.of(
                forms.field("applicationNumber", "TEXT", values, problems, List.of(), "off", "20", locale),
                forms.field("passportNumber", "TEXT", values, problems, List.of(), "off", "10", locale));
        model.addAttribute("fields", fields);
        model.addAttribute("errors", fields.stream().filter(f -> f.error() != null)
                .map(f -> new ErrorLink("#" + f.firstInputId(), f.error())).toList());
        model.addAttribute("pageTitle", forms.title("journey.status.lookup.title", !problems.isEmpty(), locale));
        return "residence/status/lookup";
    }
}
