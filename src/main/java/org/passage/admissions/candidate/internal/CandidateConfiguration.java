package org.passage.admissions.candidate.internal;

import org.passage.i18n.MessageBundle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The candidate pages' own message bundle, added to the application's like every module's, and their settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CandidateSignInProperties.class)
class CandidateConfiguration {

    static final String MESSAGES = "admissions/candidate/messages";

    @Bean
    static MessageBundle admissionCandidateMessages() {
        return new MessageBundle(MESSAGES);
    }
}
