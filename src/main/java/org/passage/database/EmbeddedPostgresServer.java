package org.passage.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one embedded PostgreSQL server of this JVM, and what keeps it safe and running.
 *
 * <p>Several Spring contexts (tests) may ask for it; they all share the first one started. The
 * server stops when the JVM exits (zonky registers a shutdown hook). Every connection needs the
 * password of {@link DatabasePassword}, over TCP and the Unix socket alike (scram-sha-256), so no
 * other local user can read the sessions. A postmaster left running by a JVM that was killed is
 * stopped before the next start, and a postmaster that dies while the JVM runs is started again on
 * the same port by a watchdog, so that neither needs a person.
 */
final class EmbeddedPostgresServer implements Closeable {

    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** First line of the pg_hba.conf Passage writes; a cluster without it still trusts every local user. */
    private static final String HBA_MARKER = "# Passage: every connection needs the password (scram-sha-256)";
    private static final List<String> HBA = List.of(HBA_MARKER,
            "local all all scram-sha-256",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256");
    /** What initdb -A trust writes, for a start whose password file was deleted. */
    private static final List<String> TRUST = List.of(
            "local all all trust",
            "host all all 127.0.0.1/32 trust",
            "host all all ::1/128 trust");
    private static final String ZONKY_LOCK = "epg-lock";
    private static final long WATCH_SECONDS = 2;

    private static EmbeddedPostgresServer running;

    private final Path dataDir;
    private final String password;
    private volatile EmbeddedPostgres server;
    private volatile boolean closed;
    private ScheduledExecutorService watchdog;

    private EmbeddedPostgresServer(Path dataDir, String password, EmbeddedPostgres server) {
        this.dataDir = dataDir;
        this.password = password;
        this.server = server;
    }

    static synchronized EmbeddedPostgresServer startOnce(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        if (running != null) {
            if (!running.dataDir.equals(absolute)) {
                log.warn("The embedded PostgreSQL of this JVM already runs on {}; {} is ignored",
                        running.dataDir, absolute);
            }
            return running;
        }
        running = start(absolute);
        running.watch();
        return running;
    }

    static synchronized boolean isRunning() {
        return running != null;
    }

    /** Whether this JVM's embedded server, if it started one, is alive (true when it started none). */
    static boolean runningIsAlive() {
        EmbeddedPostgresServer server;
        synchronized (EmbeddedPostgresServer.class) {
            server = running;
        }
        return server == null || server.isAlive();
    }

    /** Starts a durable, password-protected server on the data directory, creating the cluster on first use only. */
    static EmbeddedPostgresServer start(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            Path passwordFile = DatabasePassword.fileFor(absolute);
            if (!Files.exists(passwordFile) && isProtected(absolute)) {
                // The password file was deleted: a reset. Let the start in as initdb would, then set a new one.
                Files.write(absolute.resolve("pg_hba.conf"), TRUST, StandardCharsets.UTF_8);
                log.warn("{} is missing: the embedded PostgreSQL server gets a new password", passwordFile);
            }
            String password = DatabasePassword.readOrCreate(passwordFile);
            stopOrphanedPostmaster(absolute);
            EmbeddedPostgres server = builder(absolute, password).start();
            requirePassword(server, absolute, password);
            return new EmbeddedPostgresServer(absolute, password, server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + absolute, e);
        }
    }

    String jdbcUrl() {
        return server.getJdbcUrl(USER, USER);
    }

    String password() {
        return password;
    }

    /** Whether the postmaster named in the data directory's {@code postmaster.pid} is alive. */
    boolean isAlive() {
        return postmaster(dataDir).isPresent();
    }

    /** Starts the server again, on the same port, if its postmaster died; whether it did. */
    synchronized boolean healIfDead() {
        if (closed || isAlive()) {
            return false;
        }
        EmbeddedPostgres dead = server;
        log.error("The embedded PostgreSQL server in {} stopped; starting it again on port {}", dataDir, dead.getPort());
        try {
            // Releases zonky's lock on the data directory; its pg_ctl stop fails on the dead server and is logged.
            dead.close();
        } catch (IOException e) {
            log.debug("Closing the dead server", e);
        }
        try {
            server = builder(dataDir, password).setPort(dead.getPort()).start();
            log.warn("The embedded PostgreSQL server in {} runs again", dataDir);
            return true;
        } catch (IOException | RuntimeException e) {
            log.error("Could not start the embedded PostgreSQL server again; retrying in {} s", WATCH_SECONDS, e);
            return false;
        }
    }

    /** Checks every few seconds that the server runs, and starts it again when it does not. */
    synchronized void watch() {
        if (watchdog != null) {
            return;
        }
        watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(() -> {
            try {
                healIfDead();
            } catch (RuntimeException e) {
                log.error("Embedded PostgreSQL watchdog", e);
            }
        }, WATCH_SECONDS, WATCH_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        server.close();
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir, String password) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // zonky's own connections (its readiness check) need the password too
                .setConnectConfig("password", password)
                // zonky starts postgres with -F (fsync off) and synchronous_commit=off, which is
                // fine for throwaway test data but loses committed data on a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    /**
     * A cluster made by initdb (zonky runs it with {@code -A trust}), or by a Passage from before
     * passwords, lets every local user in as superuser: set the password and allow nothing else.
     */
    private static void requirePassword(EmbeddedPostgres server, Path dataDir, String password) throws IOException {
        if (isProtected(dataDir)) {
            return;
        }
        Path hba = dataDir.resolve("pg_hba.conf");
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // The password is base64url (DatabasePassword), so it needs no escaping in the literal.
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            Path written = dataDir.resolve("pg_hba.conf.passage");
            Files.write(written, HBA, StandardCharsets.UTF_8);
            Files.move(written, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            statement.execute("SELECT pg_reload_conf()");
            log.info("The embedded PostgreSQL server in {} now requires the password kept in {}", dataDir,
                    DatabasePassword.fileFor(dataDir));
        } catch (SQLException e) {
            throw new IOException("Could not set the password of the embedded PostgreSQL server", e);
        }
    }

    private static boolean isProtected(Path dataDir) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readAllLines(hba).stream().findFirst().filter(HBA_MARKER::equals).isPresent();
    }

    /**
     * After the JVM was killed, its postmaster runs on: the next start would find the data directory
     * in use and fail. When no JVM holds zonky's lock on the directory, that postmaster is nobody's,
     * and is stopped (its clients died with their JVM; a forced stop is recovered from the WAL).
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        Path lockFile = dataDir.resolve(ZONKY_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            ProcessHandle orphan = postmaster.get();
            log.warn("Stopping the PostgreSQL server (pid {}) that a previous run left in {}", orphan.pid(), dataDir);
            orphan.destroy();
            try {
                orphan.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                orphan.destroyForcibly();
                orphan.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (OverlappingFileLockException e) {
            // This JVM holds the lock: the server is ours and running, not an orphan.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned postmaster", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Could not stop the orphaned postmaster in " + dataDir, e);
        }
    }

    /** The live postgres process named in {@code postmaster.pid}; a stale file (a dead or reused pid) is removed. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        long pid;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            pid = Long.parseLong(lines.getFirst().strip());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isPresent() && process.get().info().command().map(c -> !c.contains("postgres")).orElse(false)) {
            // The pid was reused by another program: the file is stale, and postgres would refuse to start.
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                log.warn("Could not remove the stale {}", pidFile, e);
            }
            return Optional.empty();
        }
        return process;
    }
}
