package org.passage.payments.internal;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The module bundles of the payment pages and of the registration document have every key in
 * every language, and every key their templates and classes name.
 */
class PaymentsMessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{'?([a-z][\\w.-]*)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:payments|registration)\\.[\\w.-]+[\\w-])\"");

    @ParameterizedTest
    @CsvSource({
            "payments/messages, src/main/resources/templates/payments, src/main/java/org/passage/payments, payments.",
            "residence/registration-document, src/main/resources/templates/residence, src/main/java/org/passage/residence/web, registration."})
    void everyLanguageHasEveryKeyAndEveryUsedKeyExists(String bundle, String templates, String sources, String prefix)
            throws IOException {
        Set<String> all = new TreeSet<>();
        for (String language : new String[] {"en", "tr", "de"}) {
            all.addAll(load(bundle, language).stringPropertyNames());
        }
        for (String language : new String[] {"en", "tr", "de"}) {
            Properties texts = load(bundle, language);
            assertThat(texts.stringPropertyNames()).as(language).containsAll(all);
            assertThat(all).allSatisfy(key -> assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank());
        }
        Set<String> used = new TreeSet<>();
        collect(Path.of(templates), TEMPLATE_KEY, used);
        collect(Path.of(sources), JAVA_KEY, used);
        used.removeIf(key -> !key.startsWith(prefix));
        for (FeeLine.Source source : FeeLine.Source.values()) {
            used.add("payments.line.source." + source);
        }
        for (String provider : new String[] {"APPLICANT", "SPONSOR"}) {
            used.add("registration.provider." + provider);
        }
        for (String legalisation : new String[] {"NONE", "APOSTILLE", "CONSULAR"}) {
            used.add("registration.legalisation." + legalisation);
        }
        used.removeIf(key -> !key.startsWith(prefix));
        assertThat(used).isNotEmpty();
        // A key built at run time ('prefix.' + value) is checked through its values above.
        assertThat(all).containsAll(used.stream().filter(key -> !key.endsWith(".")).toList());
    }

    private static void collect(Path directory, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String bundle, String language) throws IOException {
        String file = "/" + bundle + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(PaymentsMessagesTest.class.getResourceAsStream(file),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
