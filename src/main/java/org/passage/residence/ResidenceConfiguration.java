package org.passage.residence;

import org.passage.i18n.MessageBundle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ResidenceProperties.class, UploadQuota.class})
class ResidenceConfiguration {

    /** The review's texts (status, documents page, decision letter) in their own bundle. */
    static final String REVIEW_MESSAGES = "residence/review";

    @Bean
    static MessageBundle reviewMessages() {
        return new MessageBundle(REVIEW_MESSAGES);
    }
}
