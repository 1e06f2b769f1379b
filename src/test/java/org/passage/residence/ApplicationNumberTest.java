package org.passage.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ApplicationNumberTest {

    @RepeatedTest(20)
    void aRandomNumberCarriesAValidCheckSymbol() {
        ApplicationNumber number = ApplicationNumber.random();
        assertThat(ApplicationNumber.parseOrNull(number.formatted())).isEqualTo(number);
    }

    @Test
    void everySingleMistypedSymbolIsCaught() {
        ApplicationNumber number = ApplicationNumber.random();
        for (int position = 0; position < 13; position++) {
            for (char c : ApplicationNumber.ALPHABET.toCharArray()) {
                if (number.value().charAt(position) == c) {
                    continue;
                }
                String typo = number.value().substring(0, position) + c + number.value().substring(position + 1);
                assertThat(ApplicationNumber.parseOrNull(typo)).as(typo).isNull();
            }
        }
    }

    @Test
    void swappedNeighboursAreCaughtAlmostAlways() {
        int caught = 0;
        int swaps = 0;
        for (int i = 0; i < 200; i++) {
            String value = ApplicationNumber.random().value();
            for (int p = 0; p < 12; p++) {
                if (value.charAt(p) == value.charAt(p + 1)) {
                    continue;
                }
                String swapped = value.substring(0, p) + value.charAt(p + 1) + value.charAt(p) + value.substring(p + 2);
                swaps++;
                if (ApplicationNumber.parseOrNull(swapped) == null) {
                    caught++;
                }
            }
        }
        assertThat(caught).isGreaterThan(swaps * 95 / 100);
    }

    @Test
    void typedNumbersAreReadWithoutDashesInAnyCaseWithCrockfordsLookAlikes() {
        ApplicationNumber number = ApplicationNumber.random();
        String lower = number.formatted().toLowerCase().replace('0', 'o').replace('1', 'l').replace("-", " ");
        assertThat(ApplicationNumber.parseOrNull(lower)).isEqualTo(number);
    }

    @Test
    void garbageIsNoNumber() {
        assertThat(ApplicationNumber.parseOrNull("' OR 1=1 --")).isNull();
        assertThat(ApplicationNumber.parseOrNull("")).isNull();
        assertThat(ApplicationNumber.parseOrNull("X".repeat(10_000))).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new ApplicationNumber("UUUUUUUUUUUUU"));
    }

    @Test
    void tenThousandNumbersAreAllDifferent() {
        Set<ApplicationNumber> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ApplicationNumber.random());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void passportNumbersAreKeptInCapitalsWithoutSpaces() {
        assertThat(PassportNumber.parseOrNull(" u 123-4567 ")).isEqualTo(new PassportNumber("U1234567"));
        assertThat(PassportNumber.parseOrNull("<script>")).isNull();
        assertThat(new PassportNumber("U1234567").matches(new PassportNumber("U1234568"))).isFalse();
    }

    @Test
    void aNumberWithOneWrongSymbolIsToldApartFromOneThatIsNoNumberAtAll() {
        String value = ApplicationNumber.random().value();
        char wrong = value.charAt(3) == '7' ? '8' : '7';
        String typo = value.substring(0, 3) + wrong + value.substring(4);
        assertThat(ApplicationNumber.mistyped(typo.toLowerCase())).isTrue();
        assertThat(ApplicationNumber.mistyped(value)).isFalse();
        assertThat(ApplicationNumber.mistyped("12")).isFalse();
        assertThat(ApplicationNumber.mistyped(null)).isFalse();
    }
}
