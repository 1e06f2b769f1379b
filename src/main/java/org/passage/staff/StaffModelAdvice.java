package org.passage.staff;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in member of staff as {@code staff} (null for anyone else) and the
 * names of their roles as {@code staffRoles}, for the bar at the top of each staff page
 * ({@code staff/fragments :: bar}), whichever module serves the page: the one place that fills the
 * bar, so no desk writes its own copy.
 */
@ControllerAdvice
class StaffModelAdvice {

    private final boolean devMailbox;

    StaffModelAdvice(Environment environment) {
        // The same rule as the notifications module's: on when set, else exactly when no SMTP server is configured.
        this.devMailbox = environment.getProperty("passage.notifications.dev-mailbox", Boolean.class,
                environment.getProperty("spring.mail.host") == null);
    }

    @ModelAttribute
    void staff(Model model) {
        // Read from the security context rather than as a handler argument: in a slice test without
        // Spring Security's argument resolvers, an argument would be bound as a new model object.
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        StaffPrincipal staff = authentication != null && authentication.getPrincipal() instanceof StaffPrincipal p
                ? p : null;
        model.addAttribute("devMailbox", devMailbox);
        model.addAttribute("staff", staff);
        Set<String> roles = staff == null ? Set.of()
                : staff.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        model.addAttribute("staffRoles", roles);
    }
}
