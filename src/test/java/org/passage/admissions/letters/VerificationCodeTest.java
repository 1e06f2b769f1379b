package org.passage.admissions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;

class VerificationCodeTest {

    @Test
    void aRandomCodeIsSixteenCrockfordCharactersAndDoesNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCode.random().value();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{16}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void aTypedCodeIgnoresCaseSpacesAndHyphens() {
        assertThat(VerificationCode.parse(" abcd-efgh-jkmn-pqrs ")).contains(new VerificationCode("ABCDEFGHJKMNPQRS"));
        assertThat(new VerificationCode("ABCDEFGHJKMNPQRS").grouped()).isEqualTo("ABCD-EFGH-JKMN-PQRS");
    }

    @Test
    void lettersOutsideTheAlphabetOrAWrongLengthAreNoCode() {
        assertThat(VerificationCode.parse("ABCDEFGHJKMNPQRI")).isEmpty();
        assertThat(VerificationCode.parse("ABCD")).isEmpty();
        assertThat(VerificationCode.parse(null)).isEmpty();
        assertThat(VerificationCode.parse("A".repeat(41))).isEmpty();
        assertThatThrownBy(() -> new VerificationCode("abcdefghjkmnpqrs")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMaskedNameKeepsOnlyTheFirstLetterOfEachPart() {
        assertThat(AcceptanceLetter.masked("Ayşe  Yılmaz")).isEqualTo("A*** Y*****");
        assertThat(AcceptanceLetter.masked("Öz")).isEqualTo("Ö*");
    }

    @Test
    void aLetterStandsOnlyWhileItsApplicationHoldsAPlace() {
        for (AdmissionState state : AdmissionState.values()) {
            AcceptanceLetter letter = new AcceptanceLetter(VerificationCode.random(), new AdmissionNumber("AD0000000001"),
                    "U", "2027-FALL", "P", "Name", Instant.EPOCH, "registrar", state);
            assertThat(letter.valid()).as(state.name()).isEqualTo(state == AdmissionState.ADMITTED
                    || state == AdmissionState.OFFER_ACCEPTED || state == AdmissionState.ENROLLED);
        }
    }
}
