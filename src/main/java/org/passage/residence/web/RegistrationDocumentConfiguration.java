package org.passage.residence.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/** The registration document's texts live in their own bundle, so that it edits no shared file. */
@Configuration(proxyBeanMethods = false)
class RegistrationDocumentConfiguration {

    static final String MESSAGES = "residence/registration-document";

    @Bean
    static BeanPostProcessor registrationDocumentMessages() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof AbstractResourceBasedMessageSource source
                        && !source.getBasenameSet().contains(MESSAGES)) {
                    source.addBasenames(MESSAGES);
                }
                return bean;
            }
        };
    }
}
