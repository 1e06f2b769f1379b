package org.passage.admissions.candidate.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a candidate in once they typed the right one-time code, in a new session id (against
 * session fixation), as the residence applicant is signed in.
 */
@Component
class CandidateSessions {

    /** The address waiting for its one-time code in this session. */
    static final String PENDING = "admissions.candidate.pendingEmail";

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new CandidatePrincipal(email), null,
                List.of(new SimpleGrantedAuthority(CandidatePrincipal.ROLE))));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    static void awaitCode(HttpSession session, String email) {
        session.setAttribute(PENDING, email);
    }

    static String pending(HttpSession session) {
        return session.getAttribute(PENDING) instanceof String email ? email : null;
    }
}
