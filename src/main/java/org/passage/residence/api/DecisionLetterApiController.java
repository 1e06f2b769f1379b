package org.passage.residence.api;

import org.passage.pdf.PdfResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.passage.residence.ApiApplicants;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.DecisionLetters;


import org.springframework.http.HttpStatus;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision letter of the caller's application (PDF, in the caller's language), the same letter as
 * on the applicant's page; a representative reads it only under a mandate to receive decisions.
 */
@RestController
@Tag(name = "e-residence: application")
@SecurityRequirement(name = ResidenceApiConfiguration.BEARER)
class DecisionLetterApiController {

    private final DecisionLetters letters;

    DecisionLetterApiController(DecisionLetters letters) {
        this.letters = letters;
    }

    @GetMapping(ResidenceApiConfiguration.BASE + "/applications/{number}/decision-letter")
    @Operation(summary = "The decision letter (PDF); 404 until the application is decided")
    ResponseEntity<byte[]> letter(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number,
            Locale locale) {
        ApplicationNumber own = ApiApplicants.own(applicant, number);
        byte[] pdf = letters.letter(own, locale)
                .orElseThrow(() -> ApiProblems.problem(HttpStatus.NOT_FOUND, "api.problem.no-decision"));
        return PdfResponses.inline("decision-" + own.value() + ".pdf", pdf);
    }
}
