package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Every message key a template names literally ({@code #{journey.start.title}}) exists in the
 * application's message source, in every language: a typo would otherwise show as {@code ??key??}.
 */
@PassageIntegrationTest
class TemplateMessageKeysIntegrationTest {

    /** A literal key: not a quoted or concatenated one ({@code #{'prefix.' + ${code}}}). */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w-]*(?:\\.[\\w-]+)+)(?=[}(])");

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"en", "tr", "de"})
    void everyKeyATemplateNamesHasAText(String language) throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        int keys = 0;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    keys++;
                    if (messages.getMessage(m.group(1), null, null, Locale.forLanguageTag(language)) == null) {
                        missing.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(template.getFileName().toString());
                    }
                }
            }
        }
        assertThat(keys).isGreaterThan(100);
        assertThat(missing).as("keys without a text in '" + language + "'").isEmpty();
    }
}
