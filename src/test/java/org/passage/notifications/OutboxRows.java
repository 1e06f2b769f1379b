package org.passage.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** What the outbox tests look at and use: the delivery rows of an address, an SMTP server that is not there, nodes racing. */
final class OutboxRows {

    record Row(UUID id, String channel, String status, int attempts, Instant nextAttemptAt, Instant sentAt,
            String body, String lastError) {
    }

    private OutboxRows() {
    }

    /** An address no other test (nor an earlier run on the same database) has used. */
    static String freshAddress() {
        return "n-" + UUID.randomUUID() + "@example.org";
    }

    static List<Row> of(JdbcClient jdbc, String address) {
        return jdbc.sql("""
                        SELECT id, channel, status, attempts, next_attempt_at, sent_at, body, last_error
                        FROM notification_delivery WHERE address = ? ORDER BY channel""")
                .param(address)
                .query((row, number) -> new Row(row.getObject("id", UUID.class), row.getString("channel"),
                        row.getString("status"), row.getInt("attempts"), instant(row.getTimestamp("next_attempt_at")),
                        instant(row.getTimestamp("sent_at")), row.getString("body"), row.getString("last_error")))
                .list();
    }

    /** Waits for the one delivery to {@code address} to reach {@code status}. */
    static Row awaitStatus(JdbcClient jdbc, String address, String status) {
        Instant deadline = Instant.now().plus(TestMailbox.TIMEOUT);
        while (true) {
            List<Row> rows = of(jdbc, address);
            if (rows.size() == 1 && rows.getFirst().status().equals(status)) {
                return rows.getFirst();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected one delivery to " + address + " in " + status + ", found " + rows);
            }
            sleep(50);
        }
    }

    /** A mail sender pointed at a loopback port nobody listens on: every attempt fails at once. */
    static JavaMailSenderImpl unreachableSmtp() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** Runs the tasks on threads of their own, released together; fails with the first failure of any. */
    @SafeVarargs
    static void runAtOnce(Callable<?>... tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.length);
        ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (Callable<?> task : tasks) {
                results.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
