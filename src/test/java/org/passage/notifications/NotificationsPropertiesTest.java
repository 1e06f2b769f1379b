package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class NotificationsPropertiesTest {

    static NotificationsProperties properties(int maxAttempts, Duration base, Duration cap, Boolean devMailbox) {
        return new NotificationsProperties(Duration.ofSeconds(10), Duration.ofMinutes(2), maxAttempts, base, cap,
                "Passage <no-reply@localhost>", devMailbox);
    }

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToTheCap() {
        NotificationsProperties properties = properties(8, Duration.ofSeconds(30), Duration.ofMinutes(5), null);
        assertThat(java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(properties::backoffAfter))
                .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                        Duration.ofMinutes(4), Duration.ofMinutes(5), Duration.ofMinutes(5));
    }

    @Test
    void theWaitAfterManyAttemptsStaysAtTheCapWithoutOverflowing() {
        NotificationsProperties properties = properties(1000, Duration.ofHours(1), Duration.ofDays(1), null);
        assertThat(properties.backoffAfter(999)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void atLeastOneAttemptIsRequired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> properties(0, Duration.ofSeconds(30), Duration.ofMinutes(5), null));
    }
}
