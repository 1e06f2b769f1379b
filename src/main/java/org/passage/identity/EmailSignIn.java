package org.passage.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The common steps of an e-mail + one-time-code sign-in (the admission candidate's and the visa
 * applicant's): issue a code and mail it, and open the signed-in session. Each desk keeps
 * its own limits, pages and principal.
 */
@Component
public class EmailSignIn {

    private final OneTimeCodes codes;
    private final Notifications notifications;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    EmailSignIn(OneTimeCodes codes, Notifications notifications) {
        this.codes = codes;
        this.notifications = notifications;
    }

    /**
     * Issues a new code for the subject (a {@link CodeSubject}'s value, or an older plain subject) and
     * mails it to the address, in the caller's transaction; the codes before it stop working.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendCode(String subject, String email, Locale language) {
        String code = codes.issue(subject);
        notifications.send(new Notification(MessageType.ONE_TIME_CODE, Recipient.ofEmail(email), language,
                Map.of("code", code, "minutes", String.valueOf(OneTimeCodes.VALIDITY.toMinutes()))));
    }

    /**
     * Signs the principal in with the one role, in a new session id against session fixation, and
     * keeps the security context in the session.
     */
    public void openSession(Object principal, String role, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority(role))));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
