package org.passage.residence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PermitNumberTest {

    @RepeatedTest(20)
    void aRandomPermitNumberIsReadBackFromItsPrintedForm() {
        PermitNumber number = PermitNumber.random();
        assertThat(number.formatted()).matches("RP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
        assertThat(PermitNumber.parseOrNull(number.formatted())).isEqualTo(number);
        assertThat(PermitNumber.parseOrNull(number.value().toLowerCase())).isEqualTo(number);
    }

    @Test
    void everySingleMistypedSymbolIsCaught() {
        PermitNumber number = PermitNumber.random();
        for (int position = 0; position < 13; position++) {
            for (char c : ApplicationNumber.ALPHABET.toCharArray()) {
                if (number.value().charAt(position) != c) {
                    String typo = number.value().substring(0, position) + c + number.value().substring(position + 1);
                    assertThat(PermitNumber.parseOrNull(typo)).as(typo).isNull();
                }
            }
        }
    }

    @Test
    void anApplicationNumberIsRarelyTakenForAPermitNumber() {
        int taken = 0;
        for (int i = 0; i < 1000; i++) {
            if (PermitNumber.parseOrNull(ApplicationNumber.random().value()) != null) {
                taken++;
            }
        }
        // One in 32 by chance at most: the check symbol is computed over the prefix as well.
        assertThat(taken).isLessThan(80);
    }

    @Test
    void permitNumbersDoNotRepeat() {
        Set<PermitNumber> numbers = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            numbers.add(PermitNumber.random());
        }
        assertThat(numbers).hasSize(10_000);
    }
}
