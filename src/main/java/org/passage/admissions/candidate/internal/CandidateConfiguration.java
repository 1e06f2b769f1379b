package org.passage.admissions.candidate.internal;

import org.passage.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The candidate pages' own message bundle, added to the application's like every module's. */
@Configuration(proxyBeanMethods = false)
class CandidateConfiguration {

    static final String MESSAGES = "admissions/candidate/messages";

    @Bean
    static MessageBundle admissionCandidateMessages() {
        return new MessageBundle(MESSAGES);
    }
}
