package org.passage.notifications;

import java.time.Clock;

import org.passage.i18n.MessageBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The channels: SMTP when Boot configured a mail sender ({@code spring.mail.host}), an SMS gateway
 * bean or the logging one, and the development mailbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationsProperties.class)
class NotificationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationsConfiguration.class);
    /** The Spring profile of a production start (see the README's "Production"). */
    static final String PRODUCTION = "production";

    @Bean
    DevMailbox devMailbox(JdbcClient jdbc, Clock clock, NotificationsProperties properties,
            ObjectProvider<JavaMailSender> smtp, Environment environment) {
        boolean active = properties.devMailbox() != null ? properties.devMailbox() : smtp.getIfAvailable() == null;
        if (active && environment.matchesProfiles(PRODUCTION)) {
            // It keeps every one-time code for any administrator to read: fine on a laptop, not with real applicants.
            throw new IllegalStateException("The development mailbox may not run with the profile '" + PRODUCTION
                    + "': set spring.mail.host (an SMTP server) and passage.notifications.dev-mailbox=false");
        }
        if (active && smtp.getIfAvailable() == null) {
            log.warn("No SMTP server (spring.mail.host): e-mail is not sent but kept, with every SMS, in the "
                    + "development mailbox at {}, for administrators only", DevMailboxController.PATH);
        } else if (active) {
            log.warn("Development mailbox on: a copy of every e-mail and SMS is kept at {}, for administrators "
                    + "only", DevMailboxController.PATH);
        }
        return new DevMailbox(jdbc, clock, active);
    }

    @Bean
    Channels channels(ObjectProvider<JavaMailSender> smtp, ObjectProvider<SmsGateway> sms, DevMailbox devMailbox,
            NotificationsProperties properties) {
        return new Channels(smtp.getIfAvailable(), sms.getIfAvailable(LoggingSmsGateway::new), devMailbox,
                properties.mailFrom());
    }

    /** The dev mailbox page's texts live in the module's bundle, next to the messages' texts. */
    @Bean
    static MessageBundle notificationsMessages() {
        return new MessageBundle(MessageTemplates.BUNDLE);
    }
}
