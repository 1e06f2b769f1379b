package org.passage.admissions.candidate.internal;

import java.util.Locale;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The signed-in candidate's own acceptance letter as a PDF, in the language of the page, once it was
 * issued. Another candidate's application, or one without a letter, is not found.
 */
@Controller
class CandidateLetterController {

    private final CandidateJourney journey;
    private final AcceptanceLetters letters;

    CandidateLetterController(CandidateJourney journey, AcceptanceLetters letters) {
        this.journey = journey;
        this.letters = letters;
    }

    @GetMapping(CandidatePages.BASE + "/applications/{number}/letter.pdf")
    ResponseEntity<byte[]> letter(@AuthenticationPrincipal CandidatePrincipal candidate, @PathVariable String number,
            Locale locale) {
        if (candidate == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AdmissionNumber parsed;
        try {
            parsed = new AdmissionNumber(number);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AdmissionApplication application = journey.application(parsed, candidate)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AcceptanceLetter letter = letters.ofApplication(application.number())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/verify/{code}")
                .buildAndExpand(letter.code().value()).toUriString();
        byte[] document = letters.pdf(letter, url, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("acceptance-" + application.number().value() + "-" + locale.getLanguage() + ".pdf")
                        .build().toString())
                .body(document);
    }
}
