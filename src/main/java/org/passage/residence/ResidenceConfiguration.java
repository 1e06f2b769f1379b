package org.passage.residence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ResidenceProperties.class, UploadQuota.class})
class ResidenceConfiguration {

    /** The review's texts (status, documents page, decision letter) in their own bundle. */
    static final String REVIEW_MESSAGES = "residence/review";

    @Bean
    static BeanPostProcessor reviewMessages() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof AbstractResourceBasedMessageSource source
                        && !source.getBasenameSet().contains(REVIEW_MESSAGES)) {
                    source.addBasenames(REVIEW_MESSAGES);
                }
                return bean;
            }
        };
    }
}
