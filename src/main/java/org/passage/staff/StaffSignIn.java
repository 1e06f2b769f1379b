package org.passage.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * What the web module's security configuration needs to sign staff in and out: the paths, the
 * authentication provider (per-address limit, lockout, Argon2, audit), and the handlers that set the
 * staff session timeout, answer failures and audit sign-outs.
 */
@Component
public class StaffSignIn {

    /** The sign-in page (GET) and form (POST). */
    public static final String SIGN_IN_PAGE = "/staff/sign-in";
    /** Signs out (POST with the CSRF token). */
    public static final String SIGN_OUT = "/staff/sign-out";
    /** Where staff land after signing in. */
    public static final String HOME = "/staff";

    static final String FAILED = SIGN_IN_PAGE + "?failed";
    static final String TOO_MANY = SIGN_IN_PAGE + "?too-many";
    static final String SIGNED_OUT = SIGN_IN_PAGE + "?signed-out";

    private final SignIns signIns;
    private final StaffProperties properties;

    StaffSignIn(SignIns signIns, StaffProperties properties) {
        this.signIns = signIns;
        this.properties = properties;
    }

    /** Authenticates a user name and password into a {@link StaffPrincipal}. */
    public AuthenticationProvider authenticationProvider() {
        return new AuthenticationProvider() {

            @Override
            public Authentication authenticate(Authentication attempt) {
                String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                        ? details.getRemoteAddress() : null;
                Object credentials = attempt.getCredentials();
                SignIns.Outcome outcome = signIns.attempt(attempt.getName(),
                        credentials == null ? null : credentials.toString(), address);
                if (outcome.succeeded()) {
                    var result = UsernamePasswordAuthenticationToken.authenticated(outcome.principal(), null,
                            outcome.principal().authorities());
                    result.setDetails(attempt.getDetails());
                    return result;
                }
                if (outcome.refusal() == SignIns.Refusal.RATE_LIMITED) {
                    throw new TooManySignInsException();
                }
                throw new BadCredentialsException("sign-in refused");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    /** Sets the staff session's idle timeout, then goes to the page asked for or the staff home. */
    public AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();
        then.setDefaultTargetUrl(HOME);
        return (request, response, authentication) -> {
            request.getSession().setMaxInactiveInterval((int) properties.sessionTimeout().toSeconds());
            then.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * Back to the sign-in page with one message for every refusal (never which of user name, password
     * or lock was wrong), and a separate one when the address made too many attempts.
     */
    public AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof TooManySignInsException ? TOO_MANY : FAILED));
    }

    /** Audits the sign-out of a member of staff. */
    public LogoutHandler signOutAudit() {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
                signIns.signedOut(staff);
            }
        };
    }

    /** Where a sign-out leads. */
    public String signedOutPage() {
        return SIGNED_OUT;
    }

    private static final class TooManySignInsException extends AuthenticationException {

        TooManySignInsException() {
            super("too many sign-in attempts from this address");
        }
    }
}
