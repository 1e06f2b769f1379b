package org.passage.university.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.admissions.LetterReferences;
import org.passage.admissions.LetterReferences.LetterReference;
import org.passage.forms.ErrorLink;
import org.passage.forms.Field;
import org.passage.forms.FormFields;
import org.passage.ratelimit.RateLimiter;
import org.passage.residence.LetterStart;
import org.passage.residence.ResidencePermitAssessments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A student residence application started from an acceptance letter ({@code /residence/apply/from-letter},
 * where the enrolment e-mail's link leads with {@code ?code=}): the letter's facts are shown, the
 * consent to share with the university is asked, and the pre-registration that follows takes both
 * over. Look-ups are limited per network address, so codes cannot be tried in bulk.
 */
@Controller
class LetterStartController {

    static final String PAGE = LetterStart.PAGE;
    static final String BUCKET = "residence-letter-start";

    private final LetterReferences letters;
    private final RateLimiter rateLimiter;
    private final FormFields forms;
    private final int lookupsPerHour;
    private final ResidencePermitAssessments assessments;

    LetterStartController(LetterReferences letters, RateLimiter rateLimiter, MessageSource messages,
            ResidencePermitAssessments assessments,
            @Value("${passage.university.letter-lookups-per-address-per-hour:20}") int lookupsPerHour) {
        this.assessments = assessments;
        this.lookupsPerHour = lookupsPerHour;
        this.letters = letters;
        this.rateLimiter = rateLimiter;
        this.forms = new FormFields(messages, "university.q.%s.label", "university.q.%s.hint");
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        if (code == null || code.isBlank()) {
            return codePage(Map.of(), Map.of(), model, locale);
        }
        return lookUp(code, request, response, model, locale)
                .map(letter -> letterPage(letter, model, locale))
                .orElse("university/from-letter");
    }

    @PostMapping(PAGE)
    String start(@RequestParam(required = false) String code,
            @RequestParam(required = false) String shareWithUniversity, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model, Locale locale) {
        Optional<LetterReference> letter = lookUp(code, request, response, model, locale);
        if (letter.isEmpty()) {
            return "university/from-letter";
        }
        LetterReference l = letter.get();
        new LetterStart(l.code(), l.groupedCode(), l.university(), l.programme(), l.startsOn(),
                l.durationSemesters(), l.studentNumber(), l.studyLevel(), "YES".equals(shareWithUniversity))
                .rememberIn(session);
        return "redirect:/residence/apply/first";
    }

    /** The standing letter of the code, or the code page with the reason (already in the model). */
    private Optional<LetterReference> lookUp(String code, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        Map<String, String> values = Map.of("code", code == null ? "" : code);
        if (!rateLimiter.tryAcquire(BUCKET, request.getRemoteAddr(), lookupsPerHour, Duration.ofHours(1))
                .allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            codePage(values, Map.of("code", "university.letter.too-many"), model, locale);
            return Optional.empty();
        }
        Optional<LetterReference> letter = letters.standing(code, locale);
        if (letter.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            codePage(values, Map.of("code", "university.letter.unknown"), model, locale);
        }
        return letter;
    }

    private String codePage(Map<String, String> values, Map<String, String> problems, Model model, Locale locale) {
        Field code = forms.field("code", "TEXT", values, problems, List.of(), "off", "20", locale);
        model.addAttribute("codeField", code);
        model.addAttribute("errors", code.error() == null ? List.of() : List.of(new ErrorLink("#code", code.error())));
        model.addAttribute("pageTitle", forms.title("university.letter.title", code.error() != null, locale));
        return "university/from-letter";
    }

    private String letterPage(LetterReference letter, Model model, Locale locale) {
        List<Map.Entry<String, String>> facts = new ArrayList<>();
        facts.add(Map.entry(forms.text("university.letter.university", locale), letter.university()));
        facts.add(Map.entry(forms.text("university.letter.programme", locale), letter.programme()));
        if (letter.studyLevel() != null) {
            var level = assessments.rulebook().vocabulary().get("studyLevel").get(letter.studyLevel());
            if (level != null) {
                facts.add(Map.entry(forms.text("university.letter.level", locale), level.in(locale)));
            }
        }
        facts.add(Map.entry(forms.text("university.letter.starts-on", locale), letter.startsOn()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))));
        facts.add(Map.entry(forms.text("university.letter.duration", locale),
                forms.text("university.letter.semesters", locale, letter.durationSemesters())));
        facts.add(Map.entry(forms.text("university.letter.student-number", locale), letter.studentNumber() == null
                ? forms.text("university.letter.not-enrolled", locale) : letter.studentNumber()));
        model.addAttribute("letter", letter);
        model.addAttribute("facts", facts);
        // Consent is opt-in: the box starts unticked, and an unticked box shares nothing.
        model.addAttribute("consent", forms.field("shareWithUniversity", "CHECKBOX", Map.of(), Map.of(),
                List.of(new Field.Option("shareWithUniversity", "YES",
                        forms.text("journey.q.shareWithUniversity.option", locale), false)), null, null, locale));
        model.addAttribute("errors", List.of());
        model.addAttribute("pageTitle", forms.title("university.letter.title", false, locale));
        return "university/from-letter";
    }
}
