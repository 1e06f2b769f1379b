package org.passage.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.passage.PassageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With SPRING_DATASOURCE_URL set (as in .ci/run) the app uses that server and starts none. */
@PassageIntegrationTest
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class ExternalDatabaseIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void noEmbeddedServerIsStarted() {
        assertThat(EmbeddedPostgresServer.isRunning()).isFalse();
    }

    @Test
    void theAppIsConnectedToTheServerOfTheUrl() {
        URI url = URI.create(System.getenv("SPRING_DATASOURCE_URL").substring("jdbc:".length()));
        int expectedPort = url.getPort() == -1 ? 5432 : url.getPort();
        JdbcClient jdbc = JdbcClient.create(dataSource);

        assertThat(jdbc.sql("SELECT inet_server_port()").query(Integer.class).single()).isEqualTo(expectedPort);
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
                .isEqualTo(url.getPath().substring(1));
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
                .isPositive();
    }
}
