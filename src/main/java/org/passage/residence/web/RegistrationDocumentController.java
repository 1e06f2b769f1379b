package org.passage.residence.web;

import org.passage.pdf.PdfResponses;
import java.util.Locale;
import org.passage.residence.ApplicantPrincipal;


import org.springframework.http.HttpStatus;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Print registration document" ({@code GET /residence/registration-document}): the signed-in
 * applicant's submitted application as a PDF in their language ({@link RegistrationDocuments}).
 * Nobody else's application, and none before submission.
 */
@Controller
class RegistrationDocumentController {

    private final RegistrationDocuments documents;

    RegistrationDocumentController(RegistrationDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/residence/registration-document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal ApplicantPrincipal applicant, Locale locale) {
        if (applicant == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        byte[] document = documents.render(applicant.applicationNumber(), locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return PdfResponses.inline("registration-" + applicant.applicationNumber().value() + ".pdf", document);
    }
}
