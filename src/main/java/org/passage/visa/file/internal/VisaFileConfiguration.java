package org.passage.visa.file.internal;

import org.passage.i18n.MessageBundle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The visa file's message bundle and settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({VisaFileProperties.class, VisaApiProperties.class})
class VisaFileConfiguration {

    static final String MESSAGES = "visa/file/messages";

    @Bean
    static MessageBundle visaFileMessages() {
        return new MessageBundle(MESSAGES);
    }
}
