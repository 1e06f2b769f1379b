package org.passage.staff;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the staff pages the signed-in member of staff as {@code staff} and the names of their roles
 * as {@code staffRoles}, for the bar at the top of each page ({@code staff/fragments :: bar}).
 */
@ControllerAdvice(basePackageClasses = StaffModelAdvice.class)
class StaffModelAdvice {

    @ModelAttribute
    void staff(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute("staff", staff);
        Set<String> roles = staff == null ? Set.of()
                : staff.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        model.addAttribute("staffRoles", roles);
    }
}
