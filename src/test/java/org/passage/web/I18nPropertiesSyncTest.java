package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every key, and no text is blank. */
class I18nPropertiesSyncTest {

    private static final Map<String, String> BUNDLES = Map.of(
            "en", "messages.properties", "tr", "messages_tr.properties", "de", "messages_de.properties");

    @ParameterizedTest
    @ValueSource(strings = {"en", "tr", "de"})
    void everyLanguageHasEveryKeyOfEveryOtherLanguage(String language) throws IOException {
        Set<String> allKeys = new TreeSet<>();
        for (String file : BUNDLES.values()) {
            allKeys.addAll(load(file).stringPropertyNames());
        }
        assertThat(load(BUNDLES.get(language)).stringPropertyNames()).containsAll(allKeys);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "tr", "de"})
    void noTextIsBlank(String language) throws IOException {
        Properties bundle = load(BUNDLES.get(language));
        assertThat(bundle.stringPropertyNames()).isNotEmpty()
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
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
