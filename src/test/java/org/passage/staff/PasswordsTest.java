package org.passage.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords();

    @Test
    void theHashIsArgon2idAndHoldsNoTraceOfThePassword() {
        String hash = passwords.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash).doesNotContain("correct", "horse", "battery", "staple");
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(passwords.hash("correct horse battery staple"))
                .isNotEqualTo(passwords.hash("correct horse battery staple"));
    }

    @Test
    void theRightPasswordVerifiesAndAnyOtherDoesNot() {
        String hash = passwords.hash("correct horse battery staple");

        assertThat(passwords.matches("correct horse battery staple", hash)).isTrue();
        assertThat(passwords.matches("correct horse battery stapl", hash)).isFalse();
        assertThat(passwords.matches("Correct horse battery staple", hash)).isFalse();
        assertThat(passwords.matches(null, hash)).isFalse();
    }

    @Test
    void aHashOfTodaysParametersNeedsNoRehash() {
        assertThat(passwords.needsRehash(passwords.hash("correct horse battery staple"))).isFalse();
    }
}
