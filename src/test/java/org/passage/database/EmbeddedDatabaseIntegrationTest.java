package org.passage.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.passage.PassageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without SPRING_DATASOURCE_URL the app runs on its own durable PostgreSQL 17. */
@PassageIntegrationTest
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class EmbeddedDatabaseIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theAppRunsOnTheEmbeddedPostgresql17() {
        assertThat(EmbeddedPostgresServer.isRunning()).isTrue();
        assertThat(jdbc().sql("SHOW server_version").query(String.class).single()).startsWith("17.");
    }

    @Test
    void theEmbeddedServerCommitsDurably() {
        assertThat(jdbc().sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc().sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void flywayCreatedTheSessionTables() {
        assertThat(jdbc().sql("SELECT count(*) FROM spring_session").query(Integer.class).single()).isNotNegative();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
