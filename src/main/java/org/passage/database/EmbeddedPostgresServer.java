package org.passage.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one embedded PostgreSQL server of this JVM.
 *
 * <p>Several Spring contexts (tests) may ask for it; they all share the first one started. The server stops when the JVM exits (zonky registers a shutdown hook).
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static EmbeddedPostgres running;
    private static Path runningDataDir;

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgres startOnce(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        if (running != null) {
            if (!runningDataDir.equals(absolute)) {
                log.warn("The embedded PostgreSQL of this JVM already runs on {}; {} is ignored",
                        runningDataDir, absolute);
            }
            return running;
        }
        running = start(absolute);
        runningDataDir = absolute;
        return running;
    }

    static synchronized boolean isRunning() {
        return running != null;
    }

    /** Starts a durable server on the data directory, creating the cluster on first use only. */
    static EmbeddedPostgres start(Path dataDir) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toAbsolutePath().normalize())
                    .setCleanDataDirectory(false)
                    // zonky starts postgres with -F (fsync off) and synchronous_commit=off, which is
                    // fine for throwaway test data but loses committed data on a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }
}
