package org.passage.directorate;

import java.util.Set;
import java.util.stream.Collectors;
import org.passage.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the officer's pages what the staff bar ({@code staff/fragments :: bar}) shows: {@code staff}, {@code staffRoles}. */
@ControllerAdvice(basePackageClasses = DirectorateModelAdvice.class)
class DirectorateModelAdvice {

    @ModelAttribute
    void staff(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute("staff", staff);
        model.addAttribute("staffRoles", staff == null ? Set.of()
                : staff.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }
}
