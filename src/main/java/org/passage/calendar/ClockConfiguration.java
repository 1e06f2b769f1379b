package org.passage.calendar;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" for the whole product is the day in Türkiye, where the directorates work. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId TURKIYE = ZoneId.of("Europe/Istanbul");

    @Bean
    Clock clock() {
        return Clock.system(TURKIYE);
    }
}
