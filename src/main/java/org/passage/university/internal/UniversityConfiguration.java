package org.passage.university.internal;

import org.passage.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the module's texts ({@code university/messages*.properties}). */
@Configuration(proxyBeanMethods = false)
class UniversityConfiguration {

    @Bean
    static MessageBundle universityMessages() {
        return new MessageBundle("university/messages");
    }
}
