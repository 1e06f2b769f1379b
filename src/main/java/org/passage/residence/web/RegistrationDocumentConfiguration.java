package org.passage.residence.web;

import org.passage.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registration document's texts live in their own bundle, so that it edits no shared file. */
@Configuration(proxyBeanMethods = false)
class RegistrationDocumentConfiguration {

    static final String MESSAGES = "residence/registration-document";

    @Bean
    static MessageBundle registrationDocumentMessages() {
        return new MessageBundle(MESSAGES);
    }
}
