package org.passage.admissions.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredDocumentsTest {

    @Test
    void everyDeclaredExamNeedsItsOwnResult() {
        assertThat(RequiredDocuments.of(List.of("SAT", "IB"), false)).containsExactly("PASSPORT", "DIPLOMA",
                "TRANSCRIPT", "PHOTO", "EXAM_RESULT_IB", "EXAM_RESULT_SAT");
    }

    @Test
    void aLanguageCertificateIsRequiredOnlyWhenDeclared() {
        assertThat(RequiredDocuments.of(List.of(), false)).doesNotContain("LANGUAGE_CERTIFICATE");
        assertThat(RequiredDocuments.of(List.of(), true)).contains("LANGUAGE_CERTIFICATE");
    }

    @Test
    void theMissingDocumentsAreTheRequiredOnesNotUploaded() {
        List<String> required = RequiredDocuments.of(List.of("SAT"), false);

        assertThat(RequiredDocuments.missing(required, Set.of("PASSPORT", "PHOTO", "TRANSCRIPT")))
                .containsExactly("DIPLOMA", "EXAM_RESULT_SAT");
    }
}
