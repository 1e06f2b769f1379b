package org.passage.staff;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the staff pages the signed-in member of staff as {@code staff} and the names of their roles
 * as {@code staffRoles}, for the bar at the top of each page ({@code staff/fragments :: bar}); also
 * to the administrators' pages that other modules serve (capacity, parameters, development mailbox), named
 * by package so that those modules need not know this one.
 */
@ControllerAdvice(basePackageClasses = StaffModelAdvice.class, basePackages = {"org.passage.appointments",
        "org.passage.payments", "org.passage.notifications", "org.passage.rules",
        "org.passage.admissions.evaluation", "org.passage.admissions.letters"})
class StaffModelAdvice {

    private final boolean devMailbox;

    StaffModelAdvice(Environment environment) {
        // The same rule as the notifications module's: on when set, else exactly when no SMTP server is configured.
        this.devMailbox = environment.getProperty("passage.notifications.dev-mailbox", Boolean.class,
                environment.getProperty("spring.mail.host") == null);
    }

    @ModelAttribute
    void staff(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute("devMailbox", devMailbox);
        model.addAttribute("staff", staff);
        Set<String> roles = staff == null ? Set.of()
                : staff.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        model.addAttribute("staffRoles", roles);
    }
}
