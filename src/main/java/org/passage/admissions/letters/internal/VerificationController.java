package org.passage.admissions.letters.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.admissions.letters.VerificationCode;
import org.passage.ratelimit.RateLimitExceededException;
import org.passage.ratelimit.RateLimitResult;
import org.passage.ratelimit.RateLimiter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Anyone can verify an acceptance letter by its code ({@code /verify/{code}}, where the letter's QR
 * code leads, and the same as JSON): which university admitted whom (name partly hidden) to which
 * programme and intake, when, and whether the letter still stands. Nothing else is shown, and calls
 * are limited per network address.
 */
@Controller
class VerificationController {

    static final String PAGE = "/verify/{code}";
    static final String API = "/api/v1/admissions/letters/{code}";
    static final String BUCKET = "letter-verification";

    /** What the API tells of a letter. */
    record LetterView(String code, boolean valid, String university, String programme, String intake,
            String startsOn, String candidate, String issuedOn) {
    }

    private final AcceptanceLetters letters;
    private final RateLimiter rateLimiter;
    private final LettersConfiguration.LettersProperties properties;
    private final MessageSource messages;

    VerificationController(AcceptanceLetters letters, RateLimiter rateLimiter,
            LettersConfiguration.LettersProperties properties, MessageSource messages) {
        this.letters = letters;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        model.addAttribute("pageTitle", messages.getMessage("admissions.verify.title", null, locale) + " – Passage");
        if (!limit(request).allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("outcome", "too-many");
            return "admissions/verify";
        }
        Optional<AcceptanceLetter> letter = VerificationCode.parse(code).flatMap(letters::find);
        if (letter.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("outcome", "unknown");
            return "admissions/verify";
        }
        model.addAttribute("outcome", letter.get().valid() ? "valid" : "withdrawn");
        model.addAttribute("code", letter.get().code().grouped());
        model.addAttribute("facts", letters.facts(letter.get(), locale));
        return "admissions/verify";
    }

    @GetMapping(API)
    @ResponseBody
    @Operation(summary = "Verifies an acceptance letter by its code: who (partly hidden), what, when, still valid")
    LetterView api(@PathVariable String code, HttpServletRequest request, Locale locale) {
        RateLimitResult limit = limit(request);
        if (!limit.allowed()) {
            throw new RateLimitExceededException(limit.retryAfter(),
                    messages.getMessage("admissions.verify.too-many", null, locale));
        }
        AcceptanceLetter letter = VerificationCode.parse(code).flatMap(letters::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no letter has this code"));
        AcceptanceLetters.Facts facts = letters.facts(letter, locale);
        return new LetterView(letter.code().value(), facts.valid(), facts.university(), facts.programme(),
                facts.intake(), facts.startsOn(), facts.candidate(), facts.issuedOn());
    }

    private RateLimitResult limit(HttpServletRequest request) {
        return rateLimiter.tryAcquire(BUCKET, request.getRemoteAddr(), properties.verificationsPerAddress(),
                properties.verificationWindow());
    }
}
