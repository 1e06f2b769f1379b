package org.passage.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void lettersOfEveryScriptWithTheirMarksAreClean() {
        assertThat(FreeText.isClean("Çağrı Öztürk-İnce")).isTrue();
        assertThat(FreeText.isClean("محمد الحسن")).isTrue();
        assertThat(FreeText.isClean("Jürgen O'Neil, Atatürk Cd. No: 5/3")).isTrue();
        assertThat(FreeText.isClean("Ñandú e\u0301")).isTrue();
    }

    @Test
    void aRightToLeftOverrideAndTheOtherBidiControlsAreRefused() {
        for (String control : new String[] {"\u202E", "\u202D", "\u202A", "\u202B", "\u202C", "\u2066", "\u2067",
                "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"}) {
            assertThat(FreeText.isClean("Ali" + control + "gnp.exe")).as("U+%04X", (int) control.charAt(0)).isFalse();
        }
    }

    @Test
    void zeroWidthAndOtherInvisibleCharactersAreRefused() {
        for (String invisible : new String[] {"\u200B", "\u200D", "\uFEFF", "\u00AD", "\u2028", "\u2029", "\u0000",
                "\u001B", "\uD800", "\uE000"}) {
            assertThat(FreeText.isClean("Ali" + invisible + "Veli")).as("U+%04X", (int) invisible.charAt(0)).isFalse();
        }
    }

    @Test
    void aNoteMayHaveLinesButNoHiddenDirection() {
        assertThat(FreeText.isCleanMultiline("Passport copy is unreadable.\r\nPlease send it again.\tThanks")).isTrue();
        assertThat(FreeText.isClean("one\nline")).isFalse();
        assertThat(FreeText.isCleanMultiline("Approved\u202E")).isFalse();
    }
}
