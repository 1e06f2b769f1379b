package org.passage.directorate;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/** The module's own message bundle, added to the application's. */
@Configuration(proxyBeanMethods = false)
class DirectorateConfiguration {

    static final String MESSAGES = "directorate/messages";

    @Bean
    static BeanPostProcessor directorateMessages() {
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
