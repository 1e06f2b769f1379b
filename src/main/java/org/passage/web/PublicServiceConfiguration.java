package org.passage.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/**
 * The web module's own message bundle (the ways into the application, the public-service pages, the
 * footer's links, the expired-session page), added to the application's.
 */
@Configuration(proxyBeanMethods = false)
class PublicServiceConfiguration {

    static final String MESSAGES = "web/messages";

    @Bean
    static BeanPostProcessor webMessages() {
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
