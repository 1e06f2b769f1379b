package org.passage.admissions;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.forms.ErrorLink;
import org.passage.forms.FieldParsers;
import org.passage.forms.FormFields;
import org.passage.rules.Citation;
import org.passage.rules.InvalidRequestException;
import org.passage.rules.LocalizedText;
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

    record Option(String code, String title) {
    }

    record FindingLine(String severity, String severityText, String message, String citation) {
    }

    record ExamLine(String title, String kind, String minimum, String direction, String source) {
    }

    record Result(boolean eligible, String basis, List<String> qualifying, List<FindingLine> findings) {
    }

    private final AdmissionAssessments assessments;
    private final MessageSource messages;
    private final FormFields forms;
    private final Clock clock;

    EligibilityPageController(AdmissionAssessments assessments, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.messages = messages;
        this.forms = new FormFields(messages, "admission.%s.label", "admission.%s.hint");
        this.clock = clock;
    }

    @GetMapping
    String form(Model model, Locale locale) {
        model.addAttribute("form", new EligibilityForm());
        model.addAttribute("errors", Map.of());
        model.addAttribute("errorLinks", List.of());
        options(model, locale);
        return VIEW;
    }

    @PostMapping
    String check(@ModelAttribute("form") EligibilityForm form, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        AdmissionRequest request = request(form, today, errors, locale);
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
        options(model, locale);
        return VIEW;
    }

    /**
     * The request the answers make, or null with every problem in {@code errors} (keyed by the
     * field's id); each answer is read by the forms engine's parser of its kind.
     */
    private AdmissionRequest request(EligibilityForm f, LocalDate today, Map<String, String> errors, Locale locale) {
        Rulebook rb = assessments.rulebook();
        if (!rb.hasCode("programme", f.getProgramme())) {
            errors.put("programme", text(locale, "admission.error.programme"));
        }
        Boolean foreignQuota = FieldParsers.yesNo(f.getForeignQuota());
        if (foreignQuota == null) {
            errors.put("foreignQuota", text(locale, "admission.error.quota"));
        }
        List<String> citizenships = new ArrayList<>();
        String[][] fields = {{"citizenship1", f.getCitizenship1()}, {"citizenship2", f.getCitizenship2()},
                {"citizenship3", f.getCitizenship3()}};
        for (String[] field : fields) {
            String code = FieldParsers.country(field[1]);
            if (EligibilityForm.isBlank(field[1])) {
                if (field[0].equals("citizenship1")) {
                    errors.put("citizenship1", text(locale, "admission.error.citizenship"));
                }
            } else if (code == null) {
                errors.put(field[0], text(locale, "admission.error.invalid"));
            } else if (citizenships.contains(code)) {
                errors.put(field[0], text(locale, "admission.error.citizenshipTwice"));
            } else {
                citizenships.add(code);
            }
        }
        String byBirth = FieldParsers.country(f.getFirstCitizenshipByBirth());
        if (byBirth == null) {
            errors.put("firstCitizenshipByBirth", text(locale, "admission.error.byBirth"));
        }
        if (!rb.hasCode("highSchoolStatus", f.getStatus())) {
            errors.put("status", text(locale, "admission.error.status"));
        }
        String schoolCountry = FieldParsers.country(f.getSchoolCountry());
        if (schoolCountry == null) {
            errors.put("schoolCountry", text(locale, "admission.error.schoolCountry"));
        }
        if (!rb.hasCode("schoolType", f.getSchoolType())) {
            errors.put("schoolType", text(locale, "admission.error.schoolType"));
        }
        LocalDate started = FieldParsers.isoDate(f.getSecondaryStartedOn());
        if (started == null) {
            errors.put("secondaryStartedOn", text(locale, "admission.error.secondaryStartedOn"));
        } else if (started.isAfter(today)) {
            errors.put("secondaryStartedOn", text(locale, "admission.error.secondaryStartedOnFuture"));
        }
        if (!rb.hasCode("yearsAbroad", f.getYearsAbroad())) {
            errors.put("yearsAbroad", text(locale, "admission.error.yearsAbroad"));
        }
        List<AdmissionRequest.Exam> exams = new ArrayList<>();
        List<EligibilityForm.ExamRow> rows = f.getExams();
        for (int i = 0; i < Math.min(rows.size(), EligibilityForm.EXAM_ROWS); i++) {
            EligibilityForm.ExamRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String n = Integer.toString(i + 1);
            if (assessments.examTable().exam(row.getCode()).isEmpty()) {
                errors.put("exam-" + i + "-code", text(locale, "admission.error.invalid"));
            }
            BigDecimal score = FieldParsers.decimal(row.getScore(), locale);
            if (score == null) {
                errors.put("exam-" + i + "-score", text(locale, "admission.error.examScore", n));
            }
            LocalDate takenOn = FieldParsers.isoDate(row.getTakenOn());
            if (takenOn == null) {
                errors.put("exam-" + i + "-takenOn", text(locale, "admission.error.examTakenOn", n));
            } else if (takenOn.isAfter(today)) {
                errors.put("exam-" + i + "-takenOn", text(locale, "admission.error.examTakenOnFuture", n));
            }
            if (score != null && takenOn != null) {
                exams.add(new AdmissionRequest.Exam(row.getCode(), score.doubleValue(), takenOn));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new AdmissionRequest(today,
                new AdmissionRequest.Programme(f.getProgramme(), foreignQuota),
                new AdmissionRequest.Candidate(citizenships, byBirth, f.isBlueCard(),
                        f.isNaturalisedTurkish(), f.isTrncResident(), f.isGceALevel(),
                        f.isEnrolledAbroadBetween2005And2010(),
                        new AdmissionRequest.HighSchool(f.getStatus(), schoolCountry, f.getSchoolType(), started,
                                f.getYearsAbroad())),
                exams);
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

    private void options(Model model, Locale locale) {
        Rulebook rb = assessments.rulebook();
        model.addAttribute("programmes", options(rb.vocabulary().get("programme"), locale));
        model.addAttribute("quotaOptions", List.of(new Option(FieldParsers.YES, text(locale, "admission.quota.yes")),
                new Option(FieldParsers.NO, text(locale, "admission.quota.no"))));
        model.addAttribute("statuses", options(rb.vocabulary().get("highSchoolStatus"), locale));
        model.addAttribute("schoolTypes", options(rb.vocabulary().get("schoolType"), locale));
        model.addAttribute("yearsAbroadOptions", options(rb.vocabulary().get("yearsAbroad"), locale));
        model.addAttribute("countries", forms.countries(locale).entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue())).toList());
        model.addAttribute("examOptions", assessments.examTable().exams().stream()
                .map(e -> new Option(e.code(), e.title().in(locale))).toList());
        model.addAttribute("rulesTitle", rb.title().in(locale));
        model.addAttribute("tableTitle", assessments.examTable().title().in(locale));
    }

    private static List<Option> options(Map<String, LocalizedText> group, Locale locale) {
        return group.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue().in(locale))).toList();
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
