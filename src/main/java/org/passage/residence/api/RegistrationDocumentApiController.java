package org.passage.residence.api;

import org.passage.pdf.PdfResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.passage.residence.ApiApplicants;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.web.RegistrationDocuments;


import org.springframework.http.HttpStatus;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registration document of the caller's application (PDF, in the caller's language), rendered by
 * the same {@link RegistrationDocuments} as the applicant's page; a representative reads it under any
 * live mandate.
 */
@RestController
@Tag(name = "e-residence: application")
@SecurityRequirement(name = ResidenceApiConfiguration.BEARER)
class RegistrationDocumentApiController {

    private final RegistrationDocuments documents;

    RegistrationDocumentApiController(RegistrationDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(ResidenceApiConfiguration.BASE + "/applications/{number}/registration-document")
    @Operation(summary = "The registration document (PDF); 404 until the application is submitted")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number,
            Locale locale) {
        ApplicationNumber own = ApiApplicants.own(applicant, number);
        byte[] pdf = documents.render(own, locale)
                .orElseThrow(() -> ApiProblems.problem(HttpStatus.NOT_FOUND, "api.problem.not-submitted"));
        return PdfResponses.inline("registration-" + own.value() + ".pdf", pdf);
    }
}
