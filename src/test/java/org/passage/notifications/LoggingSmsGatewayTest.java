package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingSmsGatewayTest {

    @Test
    void theLogShowsOnlyTheCountryCodeAndTheLastTwoDigits() {
        assertThat(LoggingSmsGateway.masked("+905321234567")).isEqualTo("+90********67");
    }

    @Test
    void theLogNeverShowsAOneTimeCode() {
        assertThat(LoggingSmsGateway.withoutCodes("Your Passage code is 739104. It is valid for 10 minutes."))
                .isEqualTo("Your Passage code is ******. It is valid for 10 minutes.")
                .doesNotContain("739104");
    }

    @Test
    void theLogKeepsTheYearOfADateAndTheMinutesOfAnAppointment() {
        assertThat(LoggingSmsGateway.withoutCodes("Your appointment is on 14.01.2027 at 10:30; code 482913."))
                .isEqualTo("Your appointment is on 14.01.2027 at 10:30; code ******.");
    }
}
