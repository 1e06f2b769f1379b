package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** All visible text of every template, of every module, comes from the message bundles. */
class TemplatesHoldNoLiteralTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void noTemplateHoldsLiteralText() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(templates).isNotEmpty();
        assertThat(templates).allSatisfy(template ->
                assertThat(LiteralTextScanner.scan(Files.readString(template))).as(template.toString()).isEmpty());
    }

    @Test
    void literalTextInAnElementIsFound() {
        assertThat(LiteralTextScanner.scan("<main><p>Hello</p></main>")).containsExactly("line 1: \"Hello\"");
    }

    @Test
    void literalTextBetweenElementsIsFound() {
        assertThat(LiteralTextScanner.scan("<div>\n  <span th:text=\"#{a}\"></span> or <b th:text=\"#{b}\"></b>\n</div>"))
                .containsExactly("line 2: \"or\"");
    }

    @Test
    void literalTextAttributesAreFound() {
        assertThat(LiteralTextScanner.scan("<img src=\"a.png\" alt=\"A photo\"><input placeholder=\"Name\">"
                + "<a aria-label=\"Close\" title=\"Close it\" th:href=\"@{/}\"></a>")).hasSize(4);
    }

    @Test
    void textFromTheBundlesIsAccepted() {
        assertThat(LiteralTextScanner.scan("""
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org">
                <!-- a comment is fine -->
                <head><meta charset="utf-8"><title th:text="#{page.title}">Placeholder</title>
                <style>body { color: red; }</style><script src="/js/a.js"></script></head>
                <body><p th:text="#{a}">placeholder</p><p>[[#{b}]]</p><p>&copy; 2026 &middot; | 42</p>
                <img th:alt="#{c}" src="x.png"><br/><div th:replace="~{fragments/x :: y}"><p>Sample</p></div>
                <p th:attr="aria-label=#{d}"></p></body></html>
                """)).isEmpty();
    }
}
