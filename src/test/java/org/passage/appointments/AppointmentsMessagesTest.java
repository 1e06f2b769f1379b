package org.passage.appointments;

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

/** The module's bundle has every key in every language, and every key its pages and classes use. */
class AppointmentsMessagesTest {

    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.-]*)");
    static final Pattern JAVA_KEY = Pattern.compile("\"(appointments\\.[\\w.-]+)\"");

    static Properties load(String language) throws IOException {
        String file = "/" + AppointmentsConfiguration.MESSAGES + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(AppointmentsMessagesTest.class.getResourceAsStream(file),
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
    void everyKeyThePagesAndClassesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/appointments"))) {
            for (Path f : files.toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(1).startsWith("appointments.") && !m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/passage/appointments"))) {
            for (Path f : files.toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (AppointmentRefusedException.Reason reason : AppointmentRefusedException.Reason.values()) {
            used.add(reason.messageKey());
        }
        for (AppointmentStatus status : AppointmentStatus.values()) {
            used.add("appointments.status." + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        assertThat(load("en").stringPropertyNames()).containsAll(used);
    }
}
