package org.passage.admissions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.passage.rules.AssessmentView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public "may I apply?" endpoint for a university's foreign-student quota. */
@RestController
class AdmissionAssessmentController {

    /** The shared assessment shape plus the §7.2.1 basis (null when none) and the qualifying exams. */
    record AdmissionResponse(
            @JsonUnwrapped AssessmentView assessment,
            @JsonInclude(JsonInclude.Include.ALWAYS) String basis,
            List<String> qualifyingExams) {

        static AdmissionResponse of(AdmissionAssessments.AdmissionAssessment a, Locale locale, boolean explain) {
            return new AdmissionResponse(AssessmentView.of(a.assessment(), locale, explain), a.basis(),
                    a.qualifyingExams());
        }
    }

    private final AdmissionAssessments assessments;

    AdmissionAssessmentController(AdmissionAssessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping(path = "/api/v1/assessments/admission", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Whether a candidate may apply for a university's foreign-student quota, on which basis, "
            + "and which exams qualify")
    AdmissionResponse assess(@Valid @RequestBody AdmissionRequest request,
            @RequestParam(defaultValue = "false") boolean explain, Locale locale) {
        return AdmissionResponse.of(assessments.assess(request, explain), locale, explain);
    }
}
