package org.passage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** A start with the profile "production" refuses what is only for development. */
class ProductionProfileIntegrationTest {

    @Test
    void aProductionStartWithThePaymentSimulatorIsRefused() {
        // SMTP set and the dev mailbox off: the simulator, the only provider so far, is what remains.
        assertThatThrownBy(() -> new SpringApplicationBuilder(PassageApplication.class).profiles("production")
                .run("--server.port=0", "--passage.scheduling.enabled=false", "--spring.mail.host=127.0.0.1",
                        "--passage.notifications.dev-mailbox=false", "--management.server.port=0")
                .close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("payment simulator");
    }

    @Test
    void inProductionTheMetricsLeaveThePublicPortForALoopbackManagementPort() throws IOException {
        Properties production = PropertiesLoaderUtils.loadProperties(
                new ClassPathResource("application-production.properties"));
        assertThat(production.getProperty("management.server.port")).isNotBlank();
        assertThat(production.getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }
}
