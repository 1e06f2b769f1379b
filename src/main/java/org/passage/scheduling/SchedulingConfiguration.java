package org.passage.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} jobs, each guarded by {@code @SchedulerLock}. The lock lives in the
 * {@code shedlock} table and uses the database clock, so nodes with drifting clocks still agree.
 * {@code passage.scheduling.enabled=false} switches every job off on a node (e.g. a web-only node).
 * {@code passage.scheduling.node-name} is what the lock row names as its holder ({@code locked_by});
 * ShedLock's default is the host name, which several nodes on one machine share.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passage.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${passage.scheduling.node-name:}") String nodeName) {
        JdbcTemplateLockProvider.Configuration.Builder configuration = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime();
        if (!nodeName.isBlank()) {
            configuration.withLockedByValue(nodeName.strip());
        }
        return new JdbcTemplateLockProvider(configuration.build());
    }
}
