package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** In every bundle, every language has every key, and no text is blank. */
class I18nPropertiesSyncTest {

    /** The application's bundle and the modules' own ones (base names, English without a suffix). */
    private static final List<String> BUNDLES = List.of("messages", "notifications/messages", "appointments/messages",
            "residence/review", "directorate/messages", "web/messages",
            "residence/api/messages");
    private static final List<String> LANGUAGES = List.of("en", "tr", "de");

    static Stream<Arguments> bundlesAndLanguages() {
        return BUNDLES.stream().flatMap(bundle -> LANGUAGES.stream().map(language -> Arguments.of(bundle, language)));
    }

    @ParameterizedTest
    @MethodSource("bundlesAndLanguages")
    void everyLanguageHasEveryKeyOfEveryOtherLanguage(String bundle, String language) throws IOException {
        Set<String> allKeys = new TreeSet<>();
        for (String other : LANGUAGES) {
            allKeys.addAll(load(file(bundle, other)).stringPropertyNames());
        }
        assertThat(load(file(bundle, language)).stringPropertyNames()).containsAll(allKeys);
    }

    @ParameterizedTest
    @MethodSource("bundlesAndLanguages")
    void noTextIsBlank(String bundleName, String language) throws IOException {
        Properties bundle = load(file(bundleName, language));
        assertThat(bundle.stringPropertyNames()).isNotEmpty()
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    private static String file(String bundle, String language) {
        return bundle + (language.equals("en") ? "" : "_" + language) + ".properties";
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
