package org.passage.visa.file.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passage.identity.CodeSubject;
import org.passage.identity.EmailSignIn;
import org.passage.identity.OneTimeCodes;
import org.passage.ratelimit.RateLimiter;
import org.passage.visa.file.VisaApplicant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a visa applicant in by a one-time code sent to their e-mail address (module identity's
 * codes, as the residence journey does), in a new session against session fixation.
 */
@Component
class VisaSignIns {

    static final String PURPOSE = "visa";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final OneTimeCodes codes;
    private final EmailSignIn emailSignIn;
    private final RateLimiter rateLimiter;
    private final VisaFileProperties properties;

    VisaSignIns(OneTimeCodes codes, EmailSignIn emailSignIn, RateLimiter rateLimiter,
            VisaFileProperties properties) {
        this.properties = properties;
        this.codes = codes;
        this.emailSignIn = emailSignIn;
        this.rateLimiter = rateLimiter;
    }

    static boolean isEmail(@Nullable String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email.strip()).matches();
    }

    /** Sends a code to the address; {@code false} when the address or the client asked too often. */
    @Transactional
    boolean sendCode(String email, Locale language, String client) {
        String address = new VisaApplicant(email).email();
        if (!rateLimiter.tryAcquire("visa-sign-in-client", client, properties.signInsPerClientPerHour(),
                Duration.ofHours(1))
                .allowed()
                || !rateLimiter.tryAcquire("visa-sign-in-address", address, properties.codesPerAddressPerDay(),
                        Duration.ofDays(1)).allowed()) {
            return false;
        }
        emailSignIn.sendCode(subject(address).value(), address, language);
        return true;
    }

    @Transactional
    boolean verify(String email, String code) {
        return codes.verify(subject(email), code);
    }

    /** What an address's one-time codes and API tokens stand for. */
    static CodeSubject subject(String email) {
        return CodeSubject.of(PURPOSE, new VisaApplicant(email).email());
    }

    void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        emailSignIn.openSession(new VisaApplicant(email), VisaApplicant.ROLE, request, response);
    }

    /** The signed-in visa applicant, or {@code null}. */
    static @Nullable VisaApplicant current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof VisaApplicant applicant ? applicant : null;
    }
}
