package org.passage.directorate;

import org.passage.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's own message bundle, added to the application's. */
@Configuration(proxyBeanMethods = false)
class DirectorateConfiguration {

    static final String MESSAGES = "directorate/messages";

    @Bean
    static MessageBundle directorateMessages() {
        return new MessageBundle(MESSAGES);
    }
}
