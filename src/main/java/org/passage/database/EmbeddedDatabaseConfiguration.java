package org.passage.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Runs the embedded PostgreSQL server unless {@code spring.datasource.url} names a server,
 * in which case Boot's own DataSource is used and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(NoDatasourceUrl.class)
    HikariDataSource dataSource(DatabaseProperties properties) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(properties.dataDir());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("passage-embedded");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
