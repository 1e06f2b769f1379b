package org.passage.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.admissions.ExamResults.Sitting;

class ExamTableTest {

    static final ExamTable TABLE = ExamTable.load(ExamTable.DEFAULT_LOCATION);
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    static ExamResults evaluate(String programme, Sitting... sittings) {
        return ExamResults.evaluate(TABLE, List.of(sittings), programme, DAY, 2);
    }

    @Test
    void theDefaultTableCoversTheExamsTheIssueNames() {
        assertThat(TABLE.exams()).extracting(ExamTable.Exam::code)
                .contains("SAT", "ACT", "IB", "ABITUR", "GCE_A_LEVEL", "TAWJIHI");
    }

    @Test
    void everyPublishedMinimumCitesThePublicListAndEveryMissingOneIsLeftToTheUniversity() {
        for (ExamTable.Exam exam : TABLE.exams()) {
            for (ExamTable.Minimum m : exam.minimums()) {
                if (m.setByUniversity()) {
                    assertThat(m.citation().source()).isEqualTo("004");
                } else {
                    assertThat(m.citation().source()).isEqualTo("KU-INT-2024");
                }
            }
        }
    }

    @Test
    void medicineHasItsOwnSatMinimum() {
        assertThat(TABLE.exam("SAT").orElseThrow().minimumFor("MEDICINE").minimum()).isEqualTo(1410.0);
        assertThat(TABLE.exam("SAT").orElseThrow().minimumFor("ECONOMICS").minimum()).isEqualTo(1180.0);
    }

    @Test
    void aLowerAbiturGradeIsTheBetterOne() {
        ExamTable.Exam abitur = TABLE.exam("ABITUR").orElseThrow();
        assertThat(abitur.meets(1.4, 1.5)).isTrue();
        assertThat(abitur.meets(1.6, 1.5)).isFalse();
    }

    @Test
    void anEntranceExamIsValidUntilTheSameDayTwoYearsLater() {
        ExamTable.Exam sat = TABLE.exam("SAT").orElseThrow();
        assertThat(sat.validOn(LocalDate.of(2024, 11, 21), DAY, 2)).isTrue();
        assertThat(sat.validOn(LocalDate.of(2024, 11, 20), DAY, 2)).isFalse();
    }

    @Test
    void aSchoolLeavingExamNeverExpires() {
        assertThat(TABLE.exam("IB").orElseThrow().validOn(LocalDate.of(1990, 7, 1), DAY, 2)).isTrue();
    }

    @Test
    void eachExamCodeLandsInExactlyOneListInRequestOrder() {
        ExamResults r = evaluate("ECONOMICS",
                new Sitting("YOS", 70, DAY),
                new Sitting("IB", 30, DAY),
                new Sitting("ACT", 30, LocalDate.of(2020, 6, 1)),
                new Sitting("SAT", 1000, DAY),
                new Sitting("TAWJIHI", 90, DAY),
                new Sitting("ABITUR", 2.0, DAY));
        assertThat(r.qualifying()).containsExactly("IB", "ABITUR");
        assertThat(r.expired()).containsExactly("ACT");
        assertThat(r.belowMinimum()).containsExactly("SAT");
        assertThat(r.minimumByUniversity()).containsExactly("TAWJIHI");
        assertThat(r.unknown()).containsExactly("YOS");
    }

    @Test
    void theBestValidSittingOfAnExamCounts() {
        ExamResults r = evaluate("ECONOMICS", new Sitting("SAT", 1100, DAY), new Sitting("SAT", 1200, DAY));
        assertThat(r.qualifying()).containsExactly("SAT");
    }

    @Test
    void aTableWithAnUncitedMinimumDoesNotLoad() {
        String yaml = """
                university: X
                title: {tr: a, en: a, de: a}
                sources: {"S": {title: s}}
                exams:
                  - code: SAT
                    title: {tr: a, en: a, de: a}
                    kind: ENTRANCE
                    better: HIGHER
                    scale: {tr: a, en: a, de: a}
                    kindCitation: {source: "S", section: "1"}
                    minimums:
                      - minimum: 1000
                """;
        assertThatThrownBy(() -> ExamTable.parse("t.yaml", yaml)).hasMessageContaining("missing citation");
    }

    @Test
    void aTableWithANumberMarkedAsTheUniversitysDoesNotLoad() {
        String yaml = """
                university: X
                title: {tr: a, en: a, de: a}
                sources: {"S": {title: s}}
                exams:
                  - code: SAT
                    title: {tr: a, en: a, de: a}
                    kind: ENTRANCE
                    better: HIGHER
                    scale: {tr: a, en: a, de: a}
                    kindCitation: {source: "S", section: "1"}
                    minimums:
                      - {minimum: 1000, setBy: UNIVERSITY, citation: {source: "S", section: "2"}}
                """;
        assertThatThrownBy(() -> ExamTable.parse("t.yaml", yaml)).hasMessageContaining("published number or null");
    }
}
