package org.passage.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class AccrualNumberTest {

    @RepeatedTest(20)
    void aNewNumberCarriesItsYearAndAValidCheckDigit() {
        AccrualNumber number = AccrualNumber.random(2026);

        assertThat(number.value()).hasSize(15).startsWith("2026");
        assertThat(AccrualNumber.parseOrNull(number.formatted())).isEqualTo(number);
    }

    @RepeatedTest(20)
    void everySingleMistypedDigitIsCaught() {
        String value = AccrualNumber.random(2026).value();
        for (int i = 0; i < value.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != value.charAt(i)) {
                    String typo = value.substring(0, i) + d + value.substring(i + 1);
                    assertThat(AccrualNumber.parseOrNull(typo)).as(typo).isNull();
                }
            }
        }
    }

    @RepeatedTest(20)
    void everySwapOfNeighbouringDigitsIsCaught() {
        String value = AccrualNumber.random(2026).value();
        for (int i = 0; i + 1 < value.length(); i++) {
            if (value.charAt(i) != value.charAt(i + 1)) {
                String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
                assertThat(AccrualNumber.parseOrNull(swapped)).as(swapped).isNull();
            }
        }
    }

    @Test
    void theConstructorRefusesAWrongCheckDigitAndForeignCharacters() {
        String value = AccrualNumber.random(2026).value();
        char wrong = value.charAt(14) == '0' ? '1' : '0';
        assertThatThrownBy(() -> new AccrualNumber(value.substring(0, 14) + wrong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check digit");
        assertThatThrownBy(() -> new AccrualNumber("2026ABCDEFGHIJK")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AccrualNumber.parseOrNull(null)).isNull();
    }
}
