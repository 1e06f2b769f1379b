package org.passage.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of liveness: DOWN while the embedded PostgreSQL server is not running, so that when its
 * watchdog cannot start it again, the orchestrator restarts the application (whose next start
 * clears what the dead server left). UP when the database is an external server.
 */
@Component("embeddedDatabase")
class EmbeddedDatabaseHealth implements HealthIndicator {

    @Override
    public Health health() {
        return EmbeddedPostgresServer.runningIsAlive() ? Health.up().build() : Health.down().build();
    }
}
