package org.passage.ratelimit;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fixed-window rate limiter whose counters live in PostgreSQL, so every node of a cluster
 * counts against the same limit. Each call is one atomic upsert; windows follow the database
 * clock, never the nodes' clocks.
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
        return jdbc.sql(COUNT_ONE_CALL)
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
