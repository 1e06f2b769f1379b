package org.passage.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every code of every rulebook with its title in the request's language. */
@RestController
@RequestMapping("/api/v1/vocabulary")
class VocabularyController {

    record Code(String code, String title) {
    }

    record FindingCode(String code, String severity, String title) {
    }

    record RulebookVocabulary(String id, String version, String title, Map<String, List<Code>> vocabulary,
            List<FindingCode> findings, List<Code> documents, List<Code> deadlines) {
    }

    record Vocabulary(String language, List<RulebookVocabulary> rulebooks) {
    }

    private final Rulebooks rulebooks;

    VocabularyController(Rulebooks rulebooks) {
        this.rulebooks = rulebooks;
    }

    @GetMapping
    @Operation(summary = "Every code of every rulebook, titled in the language of Accept-Language")
    Vocabulary vocabulary(Locale locale) {
        List<RulebookVocabulary> out = new ArrayList<>();
        for (Rulebook rb : rulebooks.all()) {
            Map<String, List<Code>> groups = new LinkedHashMap<>();
            rb.vocabulary().forEach((group, codes) -> groups.put(group,
                    codes.entrySet().stream().map(e -> new Code(e.getKey(), e.getValue().in(locale))).toList()));
            List<FindingCode> findings = rb.findingCodes().keySet().stream()
                    .map(c -> new FindingCode(c, rb.findingSeverity(c).name(), rb.findingTitle(c).in(locale)))
                    .toList();
            List<Code> documents = rb.documentTitles().entrySet().stream()
                    .map(e -> new Code(e.getKey(), e.getValue().in(locale))).toList();
            List<Code> deadlines = rb.deadlineTitles().entrySet().stream()
                    .map(e -> new Code(e.getKey(), e.getValue().in(locale))).toList();
            out.add(new RulebookVocabulary(rb.id(), rb.version(), rb.title().in(locale), groups, findings, documents,
                    deadlines));
        }
        return new Vocabulary(locale.getLanguage(), out);
    }
}
