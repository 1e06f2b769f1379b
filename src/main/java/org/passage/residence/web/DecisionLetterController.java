package org.passage.residence.web;

import org.passage.pdf.PdfResponses;
import java.util.Locale;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.DecisionLetters;



import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in applicant's decision letter (PDF, in the language of the page, {@code ?lang=}, as the
 * registration document); 404 until there is a decision.
 */
@Controller
class DecisionLetterController {

    private final DecisionLetters letters;

    DecisionLetterController(DecisionLetters letters) {
        this.letters = letters;
    }

    @GetMapping(ApplicationController.BASE + "/decision-letter")
    ResponseEntity<byte[]> letter(@AuthenticationPrincipal ApplicantPrincipal applicant, Locale locale) {
        return letters.letter(applicant.applicationNumber(), locale)
                .map(pdf -> PdfResponses.inline("decision-" + applicant.applicationNumber().value() + ".pdf", pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
