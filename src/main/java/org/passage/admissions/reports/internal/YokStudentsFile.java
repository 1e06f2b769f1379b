package org.passage.admissions.reports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.admissions.AdmissionAssessments;
import org.passage.forms.FormFields;
import org.passage.rules.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cells of the YÖK student export: each student's line in the layout's column order, codes shown
 * by their names in the export's language (country, ground of application, term, language).
 */
@Component
class YokStudentsFile {

    private final MessageSource messages;
    private final FormFields countries;
    private final Map<String, LocalizedText> bases;

    YokStudentsFile(MessageSource messages, AdmissionAssessments assessments) {
        this.messages = messages;
        this.countries = new FormFields(messages, "admissions.%s.label", "admissions.%s.hint");
        this.bases = assessments.rulebook().vocabulary().getOrDefault("basis", Map.of());
    }

    /** One line per student, the cells in the order of the layout's columns. */
    List<List<String>> rows(ExportLayout layout, List<RegisteredStudent> students, Locale locale) {
        return students.stream().map(s -> layout.columns().stream().map(c -> cell(c.field(), s, locale)).toList())
                .toList();
    }

    private String cell(StudentField field, RegisteredStudent s, Locale locale) {
        return switch (field) {
            case STUDENT_NUMBER -> s.studentNumber();
            case APPLICATION_NUMBER -> s.applicationNumber();
            case NAME -> s.name() == null ? "" : s.name();
            case NATIONALITY -> s.nationality() == null ? "" : countries.countryName(s.nationality(), locale);
            case NATIONALITY_CODE -> s.nationality() == null ? "" : s.nationality();
            case BASIS -> s.basis() == null ? "" : bases.getOrDefault(s.basis(),
                    new LocalizedText(s.basis(), s.basis(), s.basis())).in(locale);
            case PROGRAMME -> s.programme().in(locale);
            case PROGRAMME_CODE -> s.programmeCode();
            case FACULTY -> s.faculty().in(locale);
            case INTAKE -> s.intake();
            case TERM -> messages.getMessage("admissions.term." + s.term(), null, locale);
            case ACADEMIC_YEAR -> s.academicYear() + "-" + (s.academicYear() + 1);
            case ENROLLED_ON -> s.enrolledOn() == null ? "" : s.enrolledOn().toString();
            case LANGUAGE_OF_INSTRUCTION -> Locale.of(s.languageOfInstruction()).getDisplayLanguage(locale);
            case DURATION_SEMESTERS -> String.valueOf(s.durationSemesters());
        };
    }
}
