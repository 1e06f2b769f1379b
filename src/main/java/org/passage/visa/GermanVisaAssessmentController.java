package org.passage.visa;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.passage.rules.Assessment;
import org.passage.rules.Citation;
import org.passage.rules.Legalisation;
import org.passage.rules.Provider;
import org.passage.rules.RulebookRef;
import org.passage.rules.Severity;
import org.passage.rules.TraceEntry;
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

    /** The shared assessment shape plus visa type, copies, forms, fees per person and timeline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GermanVisaResponse(boolean eligible, List<FindingView> findings, List<DocumentView> documents,
            List<DeadlineView> deadlines, RulebookRef rulebook, List<TraceEntry> trace, VisaType visaType,
            int copiesPerDocument, int applicationForms, List<Fee> fees,
            @JsonInclude(JsonInclude.Include.ALWAYS) Timeline timeline) {

        static GermanVisaResponse of(GermanVisaAssessment v, Locale locale, boolean explain) {
            Assessment a = v.assessment();
            return new GermanVisaResponse(a.eligible(),
                    a.findings().stream().map(f -> new FindingView(f.code(), f.severity(), f.message().in(locale),
                            f.citation())).toList(),
                    a.documents().stream().map(d -> new DocumentView(d.code(), d.title().in(locale),
                            d.why().in(locale), d.provider(), d.onRequest(), d.legalisation(), d.citation())).toList(),
                    a.deadlines().stream().map(d -> new DeadlineView(d.code(), d.dueDate().toString(),
                            d.title().in(locale), d.citation())).toList(),
                    a.rulebook(), explain ? a.trace() : null, v.visaType(), v.copiesPerDocument(),
                    v.applicationForms(), v.fees(), v.timeline());
        }
    }

    record FindingView(String code, Severity severity, String message, Citation citation) {
    }

    record DocumentView(String code, String title, String why, Provider provider, boolean onRequest,
            Legalisation legalisation, Citation citation) {
    }

    record DeadlineView(String code, String dueDate, String title, Citation citation) {
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
