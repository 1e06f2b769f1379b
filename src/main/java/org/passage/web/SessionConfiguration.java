package org.passage.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * HTTP sessions live in PostgreSQL (tables from Flyway), so any node can serve any user.
 * Boot's session auto-configuration is not used: its 4.1.1 jar is not in the reachable repository.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SessionConfiguration {

    /**
     * PostgreSQL's upsert for session attributes: two requests of one session at once (a double
     * click whose answer redirects with a flash message) both added the same new attribute, and the
     * second insert broke the primary key and ended in a 500.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionQueries() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Spring Session's ids are UUIDs; anything else in the cookie is no session. */
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    /**
     * The default {@code SESSION} cookie, except that a value that does not decode to a session id
     * is ignored as if there were no cookie: a cookie decoding to NUL bytes reached PostgreSQL,
     * which refuses NUL in text, and turned every page into a 500.
     */
    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue cookieValue) {
                serializer.writeCookieValue(cookieValue);
            }

            @Override
            public List<String> readCookieValues(HttpServletRequest request) {
                return serializer.readCookieValues(request).stream()
                        .filter(value -> SESSION_ID.matcher(value).matches())
                        .toList();
            }
        };
    }
}
