package org.passage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentIdTest {

    @Test
    void aRandomIdReadsBackFromItsText() {
        DocumentId id = DocumentId.random();

        assertThat(DocumentId.parse(id.toString())).isEqualTo(id);
    }

    @Test
    void randomIdsDiffer() {
        assertThat(DocumentId.random()).isNotEqualTo(DocumentId.random());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1-1-1-1-1", "not-a-uuid", "../../etc/passwd", "3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6",
        "3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b7", " 3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b", "3f2a9c1e6b7d4e8f9a0b1c2d3e4f5a6b"})
    void garbageIsNotAnId(String text) {
        assertThatThrownBy(() -> DocumentId.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdNeedsAValue() {
        assertThatThrownBy(() -> new DocumentId(null)).isInstanceOf(NullPointerException.class);
    }
}
