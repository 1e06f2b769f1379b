package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingSmsGatewayTest {

    @Test
    void theLogShowsOnlyTheCountryCodeAndTheLastTwoDigits() {
        assertThat(LoggingSmsGateway.masked("+905321234567")).isEqualTo("+90********67");
    }
}
