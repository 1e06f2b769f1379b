package org.passage.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * HTTP sessions live in PostgreSQL (tables from Flyway), so any node can serve any user.
 * Boot's session auto-configuration is not used: its 4.1.1 jar is not in the reachable repository.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SessionConfiguration {
}
