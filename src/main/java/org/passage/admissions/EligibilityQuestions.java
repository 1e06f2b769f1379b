package org.passage.admissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.forms.FieldParsers;
import org.passage.forms.FormFields;
import org.passage.rules.LocalizedText;
import org.passage.rules.Rulebook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The eligibility questions of {@code university-admission} as a page asks them: the checker and
 * the candidate's application read the same answers the same way, through the forms engine's parsers.
 */
@Component
public class EligibilityQuestions {

    /** One choice of a list: its code and its title in the page's language. */
    public record Option(String code, String title) {
    }

    private final AdmissionAssessments assessments;
    private final MessageSource messages;
    private final FormFields forms;

    EligibilityQuestions(AdmissionAssessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
        this.forms = new FormFields(messages, "admission.%s.label", "admission.%s.hint");
    }

    /**
     * The request the answers make, or null with every problem in {@code errors} (keyed by the
     * field's id); each answer is read by the forms engine's parser of its kind.
     */
    public AdmissionRequest read(EligibilityForm f, LocalDate today, Map<String, String> errors, Locale locale) {
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

    /** The choices of the questions' lists, and the titles of the rulebook and the exam table, for the page. */
    public void options(Model model, Locale locale) {
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

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
