package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.web.BundleFiles;

/** The module's bundle has every key in every language, and every key its pages and classes use. */
class AppointmentsMessagesTest {

    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.-]*)");
    static final Pattern JAVA_KEY = Pattern.compile("\"(appointments\\.[\\w.-]+)\"");

    static Properties load(String language) throws IOException {
        return BundleFiles.load(AppointmentsConfiguration.MESSAGES, language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void everyLanguageHasEveryKeyAndNoBlankText(String language) throws IOException {
        Set<String> all = BundleFiles.allKeys(AppointmentsConfiguration.MESSAGES);
        Properties bundle = load(language);
        assertThat(bundle.stringPropertyNames()).containsAll(all);
        assertThat(all).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKeyThePagesAndClassesUseExists() throws IOException {
        Set<String> used = new TreeSet<>(BundleFiles.keysIn(Path.of("src/main/resources/templates/appointments"),
                TEMPLATE_KEY, key -> key.startsWith("appointments.") && !key.endsWith(".")));
        used.addAll(BundleFiles.keysIn(Path.of("src/main/java/org/passage/appointments"), JAVA_KEY,
                key -> !key.endsWith(".")));
        for (AppointmentRefusedException.Reason reason : AppointmentRefusedException.Reason.values()) {
            used.add(reason.messageKey());
        }
        for (AppointmentStatus status : AppointmentStatus.values()) {
            used.add("appointments.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        assertThat(load("en").stringPropertyNames()).containsAll(used);
    }
}
