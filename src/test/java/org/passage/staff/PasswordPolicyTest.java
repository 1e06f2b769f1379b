package org.passage.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passage.staff.PasswordPolicy.Problem;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.problems("alice", "correct horse battery staple")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFew() {
        assertThat(PasswordPolicy.problems("alice", "Xk7#pq2!Lm9")).containsExactly(Problem.TOO_SHORT);
    }

    @Test
    void twelveCharactersAreEnough() {
        assertThat(PasswordPolicy.problems("alice", "Xk7#pq2!Lm9z")).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(PasswordPolicy.problems("alice", "ğüşıöçĞÜŞİÖÇ")).isEmpty();
    }

    @Test
    void moreThan128CharactersAreRefused() {
        assertThat(PasswordPolicy.problems("alice", "abcdefghij".repeat(13))).contains(Problem.TOO_LONG);
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        assertThat(PasswordPolicy.problems("mehmet.k", "xx-Mehmet.K-2026!")).contains(Problem.CONTAINS_USERNAME);
    }

    @Test
    void aCommonWordWithDigitsAndSignsAddedIsRefused() {
        assertThat(PasswordPolicy.problems("alice", "Password2026!!")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.problems("alice", "qwertyuiop12")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.problems("alice", "Şifre12345678")).contains(Problem.COMMON);
    }

    @Test
    void countingDigitsAreRefused() {
        assertThat(PasswordPolicy.problems("alice", "123456789012")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.problems("alice", "987654321098")).contains(Problem.COMMON);
    }

    @Test
    void aFewCharactersRepeatedAreRefused() {
        assertThat(PasswordPolicy.problems("alice", "aaaaaaaaaaaa")).contains(Problem.TOO_FEW_DIFFERENT_CHARACTERS);
        assertThat(PasswordPolicy.problems("alice", "abcdabcdabcd")).contains(Problem.TOO_FEW_DIFFERENT_CHARACTERS);
    }

    @Test
    void noPasswordIsTooShort() {
        assertThat(PasswordPolicy.problems("alice", null)).containsExactly(Problem.TOO_SHORT);
    }
}
