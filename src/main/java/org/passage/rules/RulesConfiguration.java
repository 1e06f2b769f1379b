package org.passage.rules;

import org.passage.calendar.BusinessCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates every rulebook at start-up: a broken rulebook stops the application. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    Rulebooks rulebooks(BusinessCalendar calendar) {
        return Rulebooks.loadAll(calendar::addBusinessDays);
    }
}
