package org.passage.appointments;

import org.passage.i18n.MessageBundle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's settings, and its own message bundle added to the application's. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppointmentsConfiguration.AppointmentsProperties.class)
class AppointmentsConfiguration {

    static final String MESSAGES = "appointments/messages";

    /**
     * @param bookingWindowDays     how many days ahead, from tomorrow, an applicant may book
     * @param assignmentHorizonDays how many days ahead the directorate's job looks for a free place in Istanbul and Ankara
     */
    @ConfigurationProperties("passage.appointments")
    record AppointmentsProperties(@DefaultValue("60") int bookingWindowDays,
            @DefaultValue("180") int assignmentHorizonDays) {

        AppointmentsProperties {
            if (bookingWindowDays < 1 || assignmentHorizonDays < 1) {
                throw new IllegalArgumentException("passage.appointments windows are at least one day");
            }
        }
    }

    /** Keeps the module's texts in its own bundle, so that modules do not edit one shared file. */
    @Bean
    static MessageBundle appointmentsMessages() {
        return new MessageBundle(MESSAGES);
    }
}
