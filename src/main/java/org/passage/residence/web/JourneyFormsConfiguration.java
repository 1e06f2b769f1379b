package org.passage.residence.web;

import org.passage.forms.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The journey's and the checklist's fields take their labels from {@code journey.q.<name>.label}. */
@Configuration(proxyBeanMethods = false)
class JourneyFormsConfiguration {

    @Bean
    FormFields journeyFields(MessageSource messages) {
        return new FormFields(messages, "journey.q.%s.label", "journey.q.%s.hint");
    }
}
