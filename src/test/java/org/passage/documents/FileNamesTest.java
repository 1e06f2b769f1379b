package org.passage.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathPartsOfEitherSeparatorAreDropped() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\ayse\\Desktop\\pasaport.pdf")).isEqualTo("pasaport.pdf");
        assertThat(FileNames.sanitise("/var/tmp/")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void controlAndDirectionOverrideCharactersAreDropped() {
        assertThat(FileNames.sanitise("pass\u0000port\r\n\t.pdf")).isEqualTo("passport.pdf");
        // U+202E would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
        assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
    }

    @Test
    void aNameOfOnlyDotsOrNothingBecomesTheFallback() {
        assertThat(FileNames.sanitise("..")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise("  ")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise("\u0007")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise(null)).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void anOverlongNameIsCutTo120CharactersKeepingItsExtension() {
        String sanitised = FileNames.sanitise("a".repeat(10_000) + ".pdf");

        assertThat(sanitised).hasSize(FileNames.MAX_LENGTH).endsWith("a.pdf");
    }

    @Test
    void anOverlongExtensionIsNotKept() {
        assertThat(FileNames.sanitise("a." + "b".repeat(500))).isEqualTo("a." + "b".repeat(118));
    }

    @Test
    void lettersOfEveryLanguageAreKeptAndCountedAsCharacters() {
        assertThat(FileNames.sanitise("İkamet izni başvurusu – Müller.pdf")).isEqualTo("İkamet izni başvurusu – Müller.pdf");
        // Decomposed "ü" (u + combining diaeresis) is composed, as PostgreSQL counts characters.
        assertThat(FileNames.sanitise("Mu\u0308ller.pdf")).isEqualTo("Müller.pdf");
        String emoji = "\uD83D\uDCC4".repeat(200);
        assertThat(FileNames.sanitise(emoji).codePointCount(0, FileNames.sanitise(emoji).length()))
                .isEqualTo(FileNames.MAX_LENGTH);
    }
}
