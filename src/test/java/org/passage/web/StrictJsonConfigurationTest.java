package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON the API reads is taken as written: no coercions, finite numbers, sane dates. */
class StrictJsonConfigurationTest {

    record Sample(Boolean flag, Boolean otherFlag, Integer months, LocalDate date, Double score, String name) {
    }

    private final JsonMapper json = strictMapper();

    private static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonConfiguration().strictJson().customize(builder);
        return builder.build();
    }

    private String refusedField(String body) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> json.readValue(body, Sample.class));
        assertThat(thrown).isInstanceOf(MismatchedInputException.class);
        return FieldErrors.path((MismatchedInputException) thrown);
    }

    @Test
    void aWellTypedDocumentIsReadAsWritten() {
        Sample sample = json.readValue("""
                {"flag": true, "otherFlag": false, "months": 12, "date": "2026-11-21", "score": 1.7, "name": "A"}""",
                Sample.class);
        assertThat(sample).isEqualTo(new Sample(true, false, 12, LocalDate.of(2026, 11, 21), 1.7, "A"));
    }

    @Test
    void booleansAreOnlyTrueOrFalseNotStringsOrNumbers() {
        assertThat(refusedField("{\"flag\": \"true\"}")).isEqualTo("flag");
        assertThat(refusedField("{\"flag\": 1}")).isEqualTo("flag");
        assertThat(refusedField("{\"otherFlag\": 0}")).isEqualTo("otherFlag");
    }

    @Test
    void anIntegerWithAFractionIsRefusedRatherThanTruncated() {
        assertThat(refusedField("{\"months\": 12.9}")).isEqualTo("months");
        assertThat(refusedField("{\"months\": \"12\"}")).isEqualTo("months");
    }

    @Test
    void aDateIsOnlyAnIsoStringNeitherANumberNorAnArray() {
        assertThat(refusedField("{\"date\": 1}")).isEqualTo("date");
        assertThat(refusedField("{\"date\": []}")).isEqualTo("date");
        assertThat(refusedField("{\"date\": [2026, 11, 21]}")).isEqualTo("date");
    }

    @Test
    void aDateOutsideTheSaneRangeIsRefusedWithItsOwnReason() {
        assertThatThrownBy(() -> json.readValue("{\"date\": \"+999999999-12-31\"}", Sample.class))
                .isInstanceOf(StrictJsonConfiguration.DateOutOfRangeException.class);
        assertThat(refusedField("{\"date\": \"1899-12-31\"}")).isEqualTo("date");
        assertThat(json.readValue("{\"date\": \"2200-12-31\"}", Sample.class).date()).isEqualTo("2200-12-31");
    }

    @Test
    void onlyFiniteNumbersAreScores() {
        assertThat(refusedField("{\"score\": 1e309}")).isEqualTo("score");
        assertThat(refusedField("{\"score\": -1e309}")).isEqualTo("score");
        assertThat(refusedField("{\"score\": \"1.5\"}")).isEqualTo("score");
    }

    @Test
    void aNumberOrABooleanIsNoString() {
        assertThat(refusedField("{\"name\": 12}")).isEqualTo("name");
        assertThat(refusedField("{\"name\": false}")).isEqualTo("name");
    }
}
