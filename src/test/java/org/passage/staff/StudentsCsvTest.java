package org.passage.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StudentsCsvTest {

    @Test
    void plainCellsStayAsTheyAre() {
        assertThat(StudentsCsv.cell("Amira Haddad")).isEqualTo("Amira Haddad");
        assertThat(StudentsCsv.cell("Öğrenci ikamet izni")).isEqualTo("Öğrenci ikamet izni");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(StudentsCsv.cell("Haddad, Amira")).isEqualTo("\"Haddad, Amira\"");
        assertThat(StudentsCsv.cell("Amira \"Ami\" Haddad")).isEqualTo("\"Amira \"\"Ami\"\" Haddad\"");
        assertThat(StudentsCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void cellsThatStartLikeAFormulaGetAnApostrophe() {
        assertThat(StudentsCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(StudentsCsv.cell("+90 532")).isEqualTo("'+90 532");
        assertThat(StudentsCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(StudentsCsv.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(StudentsCsv.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void aFormulaCharacterInsideACellIsHarmless() {
        assertThat(StudentsCsv.cell("Jean-Luc")).isEqualTo("Jean-Luc");
    }

    @Test
    void emptyAndMissingCellsAreEmpty() {
        assertThat(StudentsCsv.cell(null)).isEmpty();
        assertThat(StudentsCsv.cell("")).isEmpty();
    }

    @Test
    void linesEndInCrLf() {
        assertThat(StudentsCsv.write(List.of("a", "b"), List.of(List.of("1", "=2"))))
                .isEqualTo("a,b\r\n1,'=2\r\n");
    }
}
