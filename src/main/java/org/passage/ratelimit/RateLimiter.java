package org.passage.ratelimit;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A fixed-window rate limiter whose counters live in PostgreSQL, so every node of a cluster
 * counts against the same limit. Each call is one atomic upsert; windows follow the database
 * clock, never the nodes' clocks.
 *
 * <p>A call outside a transaction (an interceptor or a controller, as most are) commits its count
 * without waiting for the write-ahead log to reach the disk ({@code synchronous_commit} off for that
 * one statement): the counter's row is then locked for the update only, not for a disk flush, so that
 * calls of one address do not queue behind each other's flushes. A crash of the database server may
 * forget the counts of its last fraction of a second, which lets a client a few calls more and loses
 * nothing else. Inside a caller's transaction the count commits with it, as that transaction says.
 */
@Component
public class RateLimiter {

    private static final String COUNT_ONE_CALL = """
            WITH current_window AS (
                SELECT to_timestamp(floor(extract(epoch FROM clock_timestamp()) * 1000 / :millis) * :millis / 1000.0)
                       AS window_start
            )
            INSERT INTO rate_limit_counter (bucket, client_key, window_start, window_end, hits)
            SELECT :bucket, :key, window_start, window_start + make_interval(secs => :millis / 1000.0), 1
            FROM current_window
            ON CONFLICT (bucket, client_key, window_start)
                DO UPDATE SET hits = rate_limit_counter.hits + 1
            RETURNING hits, ceil(extract(epoch FROM window_end - clock_timestamp()) * 1000)::bigint AS millis_left
            """;

    /** {@link #COUNT_ONE_CALL} as a transaction of its own whose commit does not wait for the disk. */
    private static final String COUNT_ONE_CALL_NO_FLUSH = """
            WITH current_window AS (
                SELECT to_timestamp(floor(extract(epoch FROM clock_timestamp()) * 1000 / :millis) * :millis / 1000.0)
                       AS window_start
            )
            INSERT INTO rate_limit_counter (bucket, client_key, window_start, window_end, hits)
            SELECT :bucket, :key, window_start, window_start + make_interval(secs => :millis / 1000.0), 1
            FROM current_window, (SELECT set_config('synchronous_commit', 'off', true) AS commit_mode) AS no_flush
            WHERE no_flush.commit_mode = 'off'
            ON CONFLICT (bucket, client_key, window_start)
                DO UPDATE SET hits = rate_limit_counter.hits + 1
            RETURNING hits, ceil(extract(epoch FROM window_end - clock_timestamp()) * 1000)::bigint AS millis_left
            """;

    private final JdbcClient jdbc;

    public RateLimiter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one call of {@code key} in {@code bucket} and tells whether it stays within
     * {@code limit} calls per {@code window}.
     */
    public RateLimitResult tryAcquire(String bucket, String key, int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (window.toMillis() < 1000) {
            throw new IllegalArgumentException("window must be at least one second, was " + window);
        }
        boolean own = !TransactionSynchronizationManager.isActualTransactionActive();
        return jdbc.sql(own ? COUNT_ONE_CALL_NO_FLUSH : COUNT_ONE_CALL)
                .param("bucket", bucket)
                .param("key", key)
                .param("millis", window.toMillis())
                .query((row, number) -> {
                    int hits = row.getInt("hits");
                    Duration left = Duration.ofMillis(Math.max(0, row.getLong("millis_left")));
                    return new RateLimitResult(hits <= limit, Math.max(0, limit - hits), left);
                })
                .single();
    }

    /** Deletes the counters of windows that have ended; any node may run it at any time. */
    public int deleteEndedWindows() {
        return jdbc.sql("DELETE FROM rate_limit_counter WHERE window_end < clock_timestamp()").update();
    }
}
