package org.passage.admissions.candidate.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.passage.identity.EmailSignIn;
import org.springframework.stereotype.Component;

/**
 * Signs a candidate in once they typed the right one-time code, in a new session id (against
 * session fixation), as the residence applicant is signed in.
 */
@Component
class CandidateSessions {

    /** The address waiting for its one-time code in this session. */
    static final String PENDING = "admissions.candidate.pendingEmail";

    private final EmailSignIn emailSignIn;

    CandidateSessions(EmailSignIn emailSignIn) {
        this.emailSignIn = emailSignIn;
    }

    void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(PENDING);
        emailSignIn.openSession(new CandidatePrincipal(email), CandidatePrincipal.ROLE, request, response);
    }

    static void awaitCode(HttpSession session, String email) {
        session.setAttribute(PENDING, email);
    }

    static String pending(HttpSession session) {
        return session.getAttribute(PENDING) instanceof String email ? email : null;
    }
}
