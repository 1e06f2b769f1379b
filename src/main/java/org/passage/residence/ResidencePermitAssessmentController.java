package org.passage.residence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import org.passage.rules.Assessment;
import org.passage.rules.AssessmentView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public "what applies to me?" endpoint for Türkiye residence permits. */
@RestController
class ResidencePermitAssessmentController {

    /** The shared assessment shape plus the permit's longest validity; counted months for long-term cases. */
    record ResidencePermitResponse(
            @JsonUnwrapped AssessmentView assessment,
            @JsonInclude(JsonInclude.Include.ALWAYS) Long maxValidityMonths,
            @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate validUntil,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long countedResidenceMonths) {

        static ResidencePermitResponse of(Assessment a, Locale locale, boolean explain) {
            long months = (Long) a.value("maxValidityMonths").orElseThrow();
            LocalDate until = (LocalDate) a.value("validUntil").orElseThrow();
            boolean longTerm = (Boolean) a.value("longTerm").orElseThrow();
            return new ResidencePermitResponse(AssessmentView.of(a, locale, explain),
                    months < 0 ? null : months,
                    until.toEpochDay() == 0 ? null : until,
                    longTerm ? (Long) a.value("countedResidenceMonths").orElseThrow() : null);
        }
    }

    private final ResidencePermitAssessments assessments;

    ResidencePermitAssessmentController(ResidencePermitAssessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping(path = "/api/v1/assessments/residence-permit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Documents, findings, validity and deadlines for a Türkiye residence permit case")
    ResidencePermitResponse assess(@Valid @RequestBody ResidencePermitRequest request,
            @RequestParam(defaultValue = "false") boolean explain, Locale locale) {
        return ResidencePermitResponse.of(assessments.assess(request, explain), locale, explain);
    }
}
