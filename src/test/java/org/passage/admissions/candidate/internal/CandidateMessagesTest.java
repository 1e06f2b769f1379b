package org.passage.admissions.candidate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.passage.admissions.desk.AdmissionRefusedException;
import org.passage.admissions.desk.Term;
import org.passage.web.BundleFiles;

/** The candidate pages' bundle has every key in every language, and every key their pages and code use. */
class CandidateMessagesTest {

    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");
    static final Pattern JAVA_KEY = Pattern.compile("\"(admission\\.candidate\\.[\\w.-]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "de"})
    void everyLanguageHasEveryKeyAndNoBlankText(String language) throws IOException {
        Set<String> all = BundleFiles.allKeys(CandidateConfiguration.MESSAGES);
        Properties bundle = BundleFiles.load(CandidateConfiguration.MESSAGES, language);
        assertThat(bundle.stringPropertyNames()).containsAll(all);
        assertThat(all).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKeyThePagesAndTheirCodeUseExists() throws IOException {
        Set<String> used = new TreeSet<>(BundleFiles.keysIn(
                Path.of("src/main/resources/templates/admissions/candidate"), TEMPLATE_KEY,
                key -> key.startsWith("admission.candidate.")));
        for (String file : new String[] {"CandidatePages.java", "CandidateSignInController.java"}) {
            used.addAll(BundleFiles.keysInFile(Path.of("src/main/java/org/passage/admissions/candidate/internal/" + file),
                    JAVA_KEY, key -> !key.endsWith(".")));
        }
        for (AdmissionRefusedException.Reason reason : AdmissionRefusedException.Reason.values()) {
            used.add("admission.candidate.refused." + reason.name());
        }
        for (Term term : Term.values()) {
            used.add("admission.candidate.term." + term.name());
        }
        for (String document : new String[] {"PASSPORT", "DIPLOMA", "TRANSCRIPT", "PHOTO", "LANGUAGE_CERTIFICATE",
                "EXAM_RESULT"}) {
            used.add("admission.candidate.document." + document);
        }
        used.add("admission.candidate.answered.accept");
        used.add("admission.candidate.answered.decline");
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(BundleFiles.load(CandidateConfiguration.MESSAGES, "en").stringPropertyNames()).containsAll(used);
    }
}
