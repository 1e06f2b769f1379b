package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;

/** The development mailbox, which keeps every one-time code, never runs with the profile "production". */
class DevMailboxInProductionTest {

    private final NotificationsConfiguration configuration = new NotificationsConfiguration();
    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

    private DevMailbox devMailbox(Boolean on, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return configuration.devMailbox(null, Clock.systemUTC(),
                NotificationsPropertiesTest.properties(8, Duration.ofSeconds(30), Duration.ofHours(1), on),
                beans.getBeanProvider(JavaMailSender.class), environment);
    }

    @Test
    void aProductionStartWithTheDevelopmentMailboxIsRefused() {
        assertThatThrownBy(() -> devMailbox(true, "production"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development mailbox");
        // Unset, it would be on for want of SMTP: refused as well.
        assertThatThrownBy(() -> devMailbox(null, "production")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void developmentKeepsTheMailboxAndProductionMayTurnItOff() {
        assertThat(devMailbox(null).active()).isTrue();
        assertThat(devMailbox(false, "production").active()).isFalse();
    }
}
