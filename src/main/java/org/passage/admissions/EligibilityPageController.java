package org.passage.admissions;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.forms.ErrorLink;
import org.passage.rules.Citation;
import org.passage.rules.InvalidRequestException;
import org.passage.rules.Rulebook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The candidate's eligibility checker: a plain form (no JavaScript needed) whose answers go
 * through the same assessment as {@code POST /api/v1/assessments/admission}.
 */
@Controller
@RequestMapping("/admission/eligibility")
class EligibilityPageController {

    static final String VIEW = "admissions/eligibility";

    record FindingLine(String severity, String severityText, String message, String citation) {
    }

    record ExamLine(String title, String kind, String minimum, String direction, String source) {
    }

    record Result(boolean eligible, String basis, List<String> qualifying, List<FindingLine> findings) {
    }

    private final AdmissionAssessments assessments;
    private final MessageSource messages;
    private final EligibilityQuestions questions;
    private final Clock clock;

    EligibilityPageController(AdmissionAssessments assessments, MessageSource messages, EligibilityQuestions questions,
            Clock clock) {
        this.assessments = assessments;
        this.messages = messages;
        this.questions = questions;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model, Locale locale) {
        model.addAttribute("form", new EligibilityForm());
        model.addAttribute("errors", Map.of());
        model.addAttribute("errorLinks", List.of());
        questions.options(model, locale);
        return VIEW;
    }

    @PostMapping
    String check(@ModelAttribute("form") EligibilityForm form, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        AdmissionRequest request = questions.read(form, today, errors, locale);
        if (request != null) {
            try {
                AdmissionAssessments.AdmissionAssessment a = assessments.assess(request, false);
                model.addAttribute("result", result(a, locale));
                model.addAttribute("examLines", examLines(request.programme().code(), locale));
            } catch (InvalidRequestException e) {
                e.problems().forEach(p -> errors.putIfAbsent(fieldId(p.field()), text(locale, "admission.error.invalid")));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("errorLinks", ErrorLink.toFields(errors));
        questions.options(model, locale);
        return VIEW;
    }

    private Result result(AdmissionAssessments.AdmissionAssessment a, Locale locale) {
        Rulebook rb = assessments.rulebook();
        String basis = a.basis() == null ? null : rb.vocabulary().get("basis").get(a.basis()).in(locale);
        List<String> qualifying = a.qualifyingExams().stream()
                .map(code -> assessments.examTable().exam(code).orElseThrow().title().in(locale)).toList();
        List<FindingLine> findings = a.assessment().findings().stream()
                .map(f -> new FindingLine(f.severity().name(),
                        text(locale, "admission.result.severity." + f.severity().name()), f.message().in(locale),
                        citation(f.citation(), locale)))
                .toList();
        return new Result(a.assessment().eligible(), basis, qualifying, findings);
    }

    private List<ExamLine> examLines(String programme, Locale locale) {
        Rulebook rb = assessments.rulebook();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        List<ExamLine> lines = new ArrayList<>();
        for (ExamTable.Exam exam : assessments.examTable().exams()) {
            ExamTable.Minimum m = exam.minimumFor(programme);
            lines.add(new ExamLine(exam.title().in(locale) + " (" + exam.scale().in(locale) + ")",
                    rb.vocabulary().get("examKind").get(exam.kind().name()).in(locale),
                    m.setByUniversity() ? text(locale, "admission.table.setByUniversity") : number.format(m.minimum()),
                    rb.vocabulary().get("scoreDirection").get(exam.better().name()).in(locale),
                    citation(m.citation(), locale)));
        }
        return lines;
    }

    private String citation(Citation c, Locale locale) {
        if (c == null) {
            return "";
        }
        String source = c.document() != null ? c.sourceIn(locale)
                : assessments.examTable().sources().getOrDefault(c.source(), c.source());
        return text(locale, "admission.result.citation", source, c.section());
    }

    /** The id of the form field that answers a request field, for the error summary's links. */
    private static String fieldId(String requestField) {
        if (requestField.startsWith("candidate.citizenships")) {
            return "citizenship1";
        }
        if (requestField.startsWith("exams[")) {
            return "exam-" + requestField.charAt(6) + "-code";
        }
        return switch (requestField) {
            case "candidate.firstCitizenshipByBirth" -> "firstCitizenshipByBirth";
            case "candidate.highSchool.country" -> "schoolCountry";
            case "candidate.highSchool.secondaryStartedOn" -> "secondaryStartedOn";
            default -> requestField.substring(requestField.lastIndexOf('.') + 1);
        };
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
