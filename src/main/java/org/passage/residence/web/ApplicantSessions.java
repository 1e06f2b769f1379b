package org.passage.residence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs an applicant in for one application once they typed the right one-time code, in a new
 * session (against session fixation). The session lives in PostgreSQL, so any node serves it.
 */
@Component
class ApplicantSessions {

    /** The application waiting for its one-time code in this session. */
    static final String PENDING = "residence.pendingApplication";
    static final String NO_CODE = "residence.pendingWithoutCode";

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    void signIn(ApplicationNumber number, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new ApplicantPrincipal(number), null,
                List.of(new SimpleGrantedAuthority(ApplicantPrincipal.ROLE))));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    static void awaitCode(HttpSession session, ApplicationNumber number) {
        session.removeAttribute(NO_CODE);
        session.setAttribute(PENDING, number.value());
    }

    /** Shows the code page for {@code number} without waiting for a code: the lookup did not match. */
    static void awaitNoCode(HttpSession session, ApplicationNumber number) {
        session.setAttribute(NO_CODE, Boolean.TRUE);
        session.setAttribute(PENDING, number.value());
    }

    /** Whether a code was sent for the pending application (false after a lookup that did not match). */
    static boolean codeAwaited(HttpSession session) {
        return !Boolean.TRUE.equals(session.getAttribute(NO_CODE));
    }

    static ApplicationNumber pending(HttpSession session) {
        return session.getAttribute(PENDING) instanceof String value ? ApplicationNumber.parseOrNull(value) : null;
    }
}
