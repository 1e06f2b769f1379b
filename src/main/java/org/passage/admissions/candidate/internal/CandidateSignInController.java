package org.passage.admissions.candidate.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.passage.forms.ErrorLink;
import org.passage.ratelimit.RateLimiter;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate signs in with their e-mail address and a one-time code sent there: no password and
 * no picture CAPTCHA, limits per network address and per address instead. The same answer follows
 * whether the address is known or not.
 */
@Controller
class CandidateSignInController {

    static final String SIGN_IN = CandidatePages.BASE + "/sign-in";
    static final String CODE = CandidatePages.BASE + "/code";

    private final CandidateJourney journey;
    private final CandidateSessions sessions;
    private final RateLimiter rateLimiter;
    private final MessageSource messages;
    private final CandidateSignInProperties properties;

    CandidateSignInController(CandidateJourney journey, CandidateSessions sessions, RateLimiter rateLimiter,
            MessageSource messages, CandidateSignInProperties properties) {
        this.properties = properties;
        this.journey = journey;
        this.sessions = sessions;
        this.rateLimiter = rateLimiter;
        this.messages = messages;
    }

    @GetMapping(SIGN_IN)
    String signInPage(@AuthenticationPrincipal CandidatePrincipal candidate, Model model, Locale locale) {
        if (candidate != null) {
            return "redirect:" + CandidatePages.BASE;
        }
        return signInPage("", null, model, locale);
    }

    @PostMapping(SIGN_IN)
    String signIn(@RequestParam(required = false) String email, HttpServletRequest request, HttpSession session,
            Model model, Locale locale) {
        String address = CandidateJourney.email(email);
        if (address == null) {
            return signInPage(email, "admission.candidate.error.email", model, locale);
        }
        if (!rateLimiter.tryAcquire("admission-candidate-sign-in", request.getRemoteAddr(),
                properties.signInsPerAddressPerHour(), Duration.ofHours(1)).allowed()
                || !rateLimiter.tryAcquire("admission-candidate-code", address, properties.codesPerEmailPerDay(),
                        Duration.ofDays(1)).allowed()) {
            return signInPage(email, "admission.candidate.error.too-many", model, locale);
        }
        journey.sendCode(address, locale);
        CandidateSessions.awaitCode(session, address);
        return "redirect:" + CODE;
    }

    @GetMapping(CODE)
    String codePage(HttpSession session, Model model, Locale locale) {
        String email = CandidateSessions.pending(session);
        if (email == null) {
            return "redirect:" + SIGN_IN;
        }
        return codePage(email, null, model, locale);
    }

    @PostMapping(CODE)
    String verify(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model, Locale locale) {
        String email = CandidateSessions.pending(session);
        if (email == null) {
            return "redirect:" + SIGN_IN;
        }
        if (code == null || code.isBlank()) {
            return codePage(email, "admission.candidate.error.code-required", model, locale);
        }
        if (!journey.verify(email, code)) {
            return codePage(email, "admission.candidate.error.code", model, locale);
        }
        sessions.signIn(email, request, response);
        return "redirect:" + CandidatePages.BASE;
    }

    @PostMapping(CandidatePages.BASE + "/sign-out")
    String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return "redirect:" + SIGN_IN;
    }

    private String signInPage(String email, String error, Model model, Locale locale) {
        model.addAttribute("pageTitle", title(error, "admission.candidate.sign-in.title", locale));
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("error", error == null ? null : text(error, locale));
        model.addAttribute("errors", error == null ? List.of() : List.of(new ErrorLink("#email", text(error, locale))));
        return "admissions/candidate/sign-in";
    }

    private String codePage(String email, String error, Model model, Locale locale) {
        model.addAttribute("pageTitle", title(error, "admission.candidate.code.title", locale));
        model.addAttribute("sentTo", email);
        model.addAttribute("error", error == null ? null : text(error, locale));
        model.addAttribute("errors", error == null ? List.of() : List.of(new ErrorLink("#code", text(error, locale))));
        return "admissions/candidate/code";
    }

    private String title(String error, String key, Locale locale) {
        return (error == null ? "" : text("admission.errors.prefix", locale) + " ") + text(key, locale) + " – Passage";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
