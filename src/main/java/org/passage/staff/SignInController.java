package org.passage.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.passage.provinces.Provinces;
import org.passage.rules.Rulebooks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page (Spring Security's form login takes its POST) and the staff home page. */
@Controller
class SignInController {

    private final Provinces provinces;
    private final Rulebooks rulebooks;
    private final Clock clock;

    SignInController(Provinces provinces, Rulebooks rulebooks, Clock clock) {
        this.provinces = provinces;
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    @GetMapping(StaffSignIn.SIGN_IN_PAGE)
    String signIn(@RequestParam(name = "failed", required = false) String failed,
            @RequestParam(name = "too-many", required = false) String tooMany,
            @RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
        model.addAttribute("failed", failed != null);
        model.addAttribute("tooMany", tooMany != null);
        model.addAttribute("signedOut", signedOut != null);
        return "staff/sign-in";
    }

    @GetMapping(StaffSignIn.HOME)
    String home(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        model.addAttribute("provinceNames",
                staff.provinces().stream().map(code -> provinces.get(code).name(locale)).toList());
        if (staff.roles().contains(StaffRole.ADMIN)) {
            model.addAttribute("parameterAttention", rulebooks.needingAttention(LocalDate.now(clock), 60).stream()
                    .map(a -> a.title().in(locale)).toList());
        }
        return "staff/home";
    }
}
