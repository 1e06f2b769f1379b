package org.passage.rules.parameters;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /parameters}: the same listing as the parameter API, for people. */
@Controller
class ParametersPageController {

    private final ParameterListing listing;

    ParametersPageController(ParameterListing listing) {
        this.listing = listing;
    }

    @GetMapping("/parameters")
    String page(Model model, Locale locale) {
        model.addAttribute("sections", listing.sections(locale));
        return "rules/parameters";
    }
}
