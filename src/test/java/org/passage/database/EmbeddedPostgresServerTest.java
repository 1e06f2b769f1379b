package org.passage.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

    static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, server.password());
    }

    @Test
    void dataWrittenBeforeAStopIsReadAfterTheNextStart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-test-pg-");

        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir);
             Connection connection = connect(first);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note TEXT)");
            statement.execute("INSERT INTO kept VALUES ('survives a restart')");
        }

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataDir);
             Connection connection = connect(second);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("survives a restart");
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void aConnectionWithoutThePasswordIsRefused() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "password-test-pg-");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "guessed").close())
                    .isInstanceOf(SQLException.class);
            try (Connection connection = connect(server)) {
                assertThat(setting(connection, "password_encryption")).isEqualTo("scram-sha-256");
            }
        }
        Path passwordFile = DatabasePassword.fileFor(dataDir);
        assertThat(passwordFile.getParent()).isEqualTo(dataDir.toAbsolutePath().getParent());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
    }

    @Test
    void aDataDirectoryMadeBeforePasswordsKeepsItsDataAndGetsAPassword() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "upgrade-test-pg-");
        // As a Passage without passwords made it: zonky's initdb trusts every local user.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note TEXT)");
            statement.execute("INSERT INTO kept VALUES ('made before passwords')");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
            try (Connection connection = connect(server);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("made before passwords");
            }
        }
        // And the next start finds it protected already.
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir);
             Connection connection = connect(again)) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void deletingThePasswordFileResetsThePasswordAndKeepsTheData() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "reset-test-pg-");
        String first;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
             Connection connection = connect(server);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note TEXT)");
            first = server.password();
        }
        Files.delete(DatabasePassword.fileFor(dataDir));

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
             Connection connection = connect(server);
             Statement statement = connection.createStatement()) {
            assertThat(server.password()).isNotEqualTo(first);
            statement.executeQuery("SELECT count(*) FROM kept").close();
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
