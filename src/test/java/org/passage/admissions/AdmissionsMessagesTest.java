package org.passage.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module's bundle has every key in every language, and every key the page and its controller use. */
class AdmissionsMessagesTest {

    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");
    static final Pattern JAVA_KEY = Pattern.compile("\"(admission\\.[\\w.-]+)\"");

    static Properties load(String language) throws IOException {
        String file = "/" + AdmissionsConfiguration.MESSAGES + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(AdmissionsMessagesTest.class.getResourceAsStream(file),
                StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void everyLanguageHasEveryKeyAndNoBlankText(String language) throws IOException {
        Set<String> all = new TreeSet<>();
        for (String l : new String[] {"tr", "en", "de"}) {
            all.addAll(load(l).stringPropertyNames());
        }
        Properties bundle = load(language);
        assertThat(bundle.stringPropertyNames()).containsAll(all);
        assertThat(all).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKeyThePageUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/admissions"))) {
            for (Path f : files.toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Matcher m = JAVA_KEY.matcher(Files.readString(
                Path.of("src/main/java/org/passage/admissions/EligibilityPageController.java")));
        while (m.find()) {
            if (!m.group(1).endsWith(".")) {
                used.add(m.group(1));
            }
        }
        for (String severity : new String[] {"BLOCKING", "WARNING", "INFO"}) {
            used.add("admission.result.severity." + severity);
        }
        assertThat(used).isNotEmpty();
        assertThat(load("en").stringPropertyNames()).containsAll(used);
    }
}
