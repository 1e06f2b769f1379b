package org.passage.visa;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.passage.rules.AssessmentView;
import org.passage.visa.GermanVisaAssessment.Fee;
import org.passage.visa.GermanVisaAssessment.Timeline;
import org.passage.visa.GermanVisaAssessment.VisaType;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public "what applies to me?" endpoint for German national visas. */
@RestController
class GermanVisaAssessmentController {

    /** The shared assessment shape plus visa type, copies, forms, fees per person and the timeline. */
    record GermanVisaResponse(
            @JsonUnwrapped AssessmentView assessment,
            VisaType visaType,
            int copiesPerDocument,
            int applicationForms,
            List<Fee> fees,
            @JsonInclude(JsonInclude.Include.ALWAYS) Timeline timeline) {

        static GermanVisaResponse of(GermanVisaAssessment v, Locale locale, boolean explain) {
            return new GermanVisaResponse(AssessmentView.of(v.assessment(), locale, explain), v.visaType(),
                    v.copiesPerDocument(), v.applicationForms(), v.fees(), v.timeline());
        }
    }

    private final GermanVisaAssessments assessments;

    GermanVisaAssessmentController(GermanVisaAssessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping(path = "/api/v1/assessments/german-national-visa", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Documents, findings, visa type, fees and timeline for a German national visa case")
    GermanVisaResponse assess(@Valid @RequestBody GermanVisaRequest request,
            @RequestParam(defaultValue = "false") boolean explain, Locale locale) {
        return GermanVisaResponse.of(assessments.assess(request, explain), locale, explain);
    }
}
