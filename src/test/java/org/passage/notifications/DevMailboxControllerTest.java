package org.passage.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.server.ResponseStatusException;

class DevMailboxControllerTest {

    @Test
    void theDevMailboxAnswersNotFoundWhenItIsOff() {
        DevMailbox off = new DevMailbox(null, Clock.systemUTC(), false);
        DevMailboxController controller = new DevMailboxController(off,
                new Channels(new JavaMailSenderImpl(), new LoggingSmsGateway(), off, "no-reply@localhost"), null);

        assertThatThrownBy(() -> controller.mailbox(null, null))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
    }

    @Test
    void withoutSmtpTheDevMailboxCannotBeTurnedOff() {
        DevMailbox off = new DevMailbox(null, Clock.systemUTC(), false);

        assertThatThrownBy(() -> new Channels(null, new LoggingSmsGateway(), off, "no-reply@localhost"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.mail.host");
    }
}
