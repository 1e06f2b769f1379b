package org.passage.rules.parameters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public parameter API: the rulebooks, and every parameter with every period, its value,
 * status and public source, and who entered it when administrators did. Open to anyone, in the
 * language of {@code Accept-Language}.
 */
@RestController
@Tag(name = "Rulebook parameters", description = "The figures every rulebook uses, with their periods and public sources")
class RulebookParametersApiController {

    private final ParameterListing listing;
    private final MessageSource messages;

    RulebookParametersApiController(ParameterListing listing, MessageSource messages) {
        this.listing = listing;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/rulebooks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The rulebooks with their id, version and first day in force")
    List<ParameterListing.RulebookView> rulebooks(Locale locale) {
        return listing.rulebooks(locale);
    }

    @GetMapping(path = "/api/v1/rulebooks/{id}/parameters", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every parameter of a rulebook with every period: from, to, value, status, citation of the"
            + " public source, and who proposed and approved a value administrators entered; 404 for an unknown rulebook")
    ResponseEntity<?> parameters(@PathVariable("id") String id, Locale locale) {
        return listing.parameters(id, locale).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    messages.getMessage("problem.rules.unknown-rulebook", null, locale));
            problem.setTitle(messages.getMessage("problem.rules.unknown-rulebook.title", null, locale));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        });
    }
}
