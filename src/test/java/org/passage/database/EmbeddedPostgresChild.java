package org.passage.database;

import java.nio.file.Path;

/**
 * A JVM of its own that starts the embedded server on a data directory and runs until it is
 * killed, for {@link EmbeddedPostgresRecoveryTest}: only killing a real JVM leaves a real orphan.
 */
final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer.start(Path.of(args[0]));
        System.out.println("READY");
        System.out.flush();
        // Runs until the test kills this JVM.
        Thread.currentThread().join();
    }
}
