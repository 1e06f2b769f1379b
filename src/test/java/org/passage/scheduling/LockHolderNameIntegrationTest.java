package org.passage.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job's lock row names the node holding it: {@code passage.scheduling.node-name} when set (nodes
 * sharing a host name can then be told apart), ShedLock's host name otherwise.
 */
@PassageIntegrationTest
class LockHolderNameIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private final String job = "lock-holder-test-" + UUID.randomUUID();

    @AfterEach
    void deleteTheRow() {
        jdbc.sql("DELETE FROM shedlock WHERE name = ?").param(job).update();
    }

    @Test
    void theNodeNameIsWrittenAsTheHolderAndAnotherNodeWaitsForTheLock() {
        LockProvider node7 = new SchedulingConfiguration().lockProvider(dataSource, " node7 ");
        LockProvider node8 = new SchedulingConfiguration().lockProvider(dataSource, "node8");

        SimpleLock held = node7.lock(lock()).orElseThrow();
        assertThat(holder()).isEqualTo("node7");
        assertThat(node8.lock(lock())).isEmpty();
        held.unlock();

        node8.lock(lock()).orElseThrow().unlock();
        assertThat(holder()).isEqualTo("node8");
    }

    @Test
    void withoutANodeNameTheHostNameIsWritten() throws Exception {
        new SchedulingConfiguration().lockProvider(dataSource, "").lock(lock()).orElseThrow().unlock();
        assertThat(holder()).isEqualTo(InetAddress.getLocalHost().getHostName());
    }

    private LockConfiguration lock() {
        return new LockConfiguration(clock.instant(), job, Duration.ofMinutes(1), Duration.ZERO);
    }

    private String holder() {
        return jdbc.sql("SELECT locked_by FROM shedlock WHERE name = ?").param(job).query(String.class).single();
    }
}
