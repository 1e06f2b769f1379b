package org.passage.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.web.BundleFiles;

/** The module's bundle has every key in every language, and every key the page and its controller use. */
class AdmissionsMessagesTest {

    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");
    static final Pattern JAVA_KEY = Pattern.compile("\"(admission\\.[\\w.-]+)\"");

    static Properties load(String language) throws IOException {
        return BundleFiles.load(AdmissionsConfiguration.MESSAGES, language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void everyLanguageHasEveryKeyAndNoBlankText(String language) throws IOException {
        Set<String> all = BundleFiles.allKeys(AdmissionsConfiguration.MESSAGES);
        Properties bundle = load(language);
        assertThat(bundle.stringPropertyNames()).containsAll(all);
        assertThat(all).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKeyThePageUsesExists() throws IOException {
        // layout.* keys belong to the shared bundle of the page layout (checked by TemplateMessageKeysIntegrationTest).
        Set<String> used = new TreeSet<>(BundleFiles.keysIn(Path.of("src/main/resources/templates/admissions"),
                TEMPLATE_KEY, key -> !key.startsWith("layout.")));
        used.addAll(BundleFiles.keysInFile(
                Path.of("src/main/java/org/passage/admissions/EligibilityPageController.java"), JAVA_KEY,
                key -> !key.endsWith(".")));
        for (String severity : new String[] {"BLOCKING", "WARNING", "INFO"}) {
            used.add("admission.result.severity." + severity);
        }
        assertThat(used).isNotEmpty();
        assertThat(load("en").stringPropertyNames()).containsAll(used);
    }
}
