package org.passage.admissions.review.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the year of a due directive review on the staff home ({@code directiveReviewDue}) for the
 * university's academic affairs; the staff module's home needs to know nothing of admissions.
 */
@ControllerAdvice(basePackages = "org.passage.staff")
class ReviewReminderAdvice {

    // A provider, not the bean: controller advice also serves @WebMvcTest slices, which hold no
    // services; there the reminder is simply absent.
    private final ObjectProvider<DirectiveReviews> reviews;

    ReviewReminderAdvice(ObjectProvider<DirectiveReviews> reviews) {
        this.reviews = reviews;
    }

    @ModelAttribute
    void reminder(HttpServletRequest request, Model model) {
        if (!"GET".equals(request.getMethod()) || !(request.getContextPath() + StaffSignIn.HOME).equals(request.getRequestURI())) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String university = authentication != null && authentication.getPrincipal() instanceof StaffPrincipal p
                ? ReviewAccess.university(p) : null;
        DirectiveReviews known = reviews.getIfAvailable();
        if (university != null && known != null) {
            known.due(university).ifPresent(year -> model.addAttribute("directiveReviewDue", String.valueOf(year)));
        }
    }
}
