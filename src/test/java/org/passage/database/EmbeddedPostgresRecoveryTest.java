package org.passage.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The embedded server recovers from kill -9, of the JVM or of PostgreSQL, without a person. */
class EmbeddedPostgresRecoveryTest {

    @Test
    void theFirstStartAfterTheJvmWasKilledSucceeds() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "killed-jvm-test-pg-");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try {
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.equals("READY")) {
                            return true;
                        }
                    }
                    return false;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assertThat(ready.get(120, TimeUnit.SECONDS)).as("the child JVM started its server").isTrue();
        } finally {
            child.destroyForcibly();
            child.onExit().get(30, TimeUnit.SECONDS);
        }
        long orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the killed JVM's postmaster runs on")
                .contains(true);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
             Connection connection = EmbeddedPostgresServerTest.connect(server)) {
            assertThat(connection.isValid(5)).isTrue();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aKilledServerIsStartedAgainOnItsPortByTheWatchdog() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "killed-pg-test-pg-");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            server.watch();
            try (Connection connection = EmbeddedPostgresServerTest.connect(server);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (note TEXT)");
                statement.execute("INSERT INTO kept VALUES ('survives kill -9')");
            }
            String url = server.jdbcUrl();
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());

            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
            // No check of isAlive() here: the watchdog may already have healed the server (a race, not a fact).

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                try (Connection connection = EmbeddedPostgresServerTest.connect(server)) {
                    return connection.isValid(2);
                } catch (java.sql.SQLException e) {
                    return false;
                }
            });
            assertThat(server.isAlive()).as("what liveness reports once the watchdog has healed it").isTrue();
            long restarted = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
            assertThat(restarted).as("a new postmaster, started by the watchdog").isNotEqualTo(pid);
            assertThat(server.jdbcUrl()).as("the same port, so the pool needs no new address").isEqualTo(url);
            try (Connection connection = EmbeddedPostgresServerTest.connect(server);
                 Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT note FROM kept")) {
                assertThat(rows.next()).isTrue();
            }
        }
    }
}
