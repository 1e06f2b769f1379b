package org.passage.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

@PassageIntegrationTest
class RateLimiterIntegrationTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    RateLimiter rateLimiter;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void allowsTheLimitThenRefusesWithTheTimeUntilTheWindowEnds() {
        String key = uniqueKey();
        for (int call = 1; call <= 3; call++) {
            RateLimitResult result = rateLimiter.tryAcquire("test", key, 3, MINUTE);
            assertThat(result.allowed()).as("call %d", call).isTrue();
            assertThat(result.remaining()).isEqualTo(3 - call);
        }
        RateLimitResult refused = rateLimiter.tryAcquire("test", key, 3, MINUTE);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(MINUTE);
    }

    @Test
    void keysAndBucketsAreCountedSeparately() {
        String key = uniqueKey();
        assertThat(rateLimiter.tryAcquire("test", key, 1, MINUTE).allowed()).isTrue();
        assertThat(rateLimiter.tryAcquire("test", uniqueKey(), 1, MINUTE).allowed()).isTrue();
        assertThat(rateLimiter.tryAcquire("other", key, 1, MINUTE).allowed()).isTrue();
        assertThat(rateLimiter.tryAcquire("test", key, 1, MINUTE).allowed()).isFalse();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aCountInsideTheCallersTransactionGoesWithItAndOneOutsideCommitsAtOnce() {
        String key = uniqueKey();
        JdbcClient.StatementSpec commitMode = JdbcClient.create(dataSource).sql("SELECT current_setting('synchronous_commit')");
        String before = commitMode.query(String.class).single();
        transactions.executeWithoutResult(status -> {
            assertThat(rateLimiter.tryAcquire("test", key, 2, MINUTE).remaining()).isEqualTo(1);
            status.setRollbackOnly();
        });
        // Rolled back with the caller's transaction; outside one, each call is its own commit.
        assertThat(rateLimiter.tryAcquire("test", key, 2, MINUTE).remaining()).isEqualTo(1);
        assertThat(rateLimiter.tryAcquire("test", key, 2, MINUTE).remaining()).isZero();
        assertThat(commitMode.query(String.class).single()).as("a count's commit mode is its own, not the connection's")
                .isEqualTo(before);
    }

    @Test
    void twoLimitersOnOneDatabaseShareTheCount() {
        // Two nodes: separate connection pools, no shared memory, one database.
        try (HikariDataSource nodeA = pool(); HikariDataSource nodeB = pool()) {
            RateLimiter limiterA = new RateLimiter(JdbcClient.create(nodeA));
            RateLimiter limiterB = new RateLimiter(JdbcClient.create(nodeB));
            String key = uniqueKey();

            assertThat(limiterA.tryAcquire("test", key, 2, MINUTE).allowed()).isTrue();
            assertThat(limiterB.tryAcquire("test", key, 2, MINUTE).allowed()).isTrue();
            assertThat(limiterA.tryAcquire("test", key, 2, MINUTE).allowed()).isFalse();
            assertThat(limiterB.tryAcquire("test", key, 2, MINUTE).allowed()).isFalse();
        }
    }

    @Test
    void deletingEndedWindowsKeepsTheCurrentOnes() throws Exception {
        String key = uniqueKey();
        rateLimiter.tryAcquire("test", key, 5, Duration.ofDays(30));
        // A window that ended a second ago (the limiter reads the database's clock, so the row is
        // written as it would stand after that second rather than waited for).
        JdbcClient.create(dataSource).sql("""
                INSERT INTO rate_limit_counter (bucket, client_key, window_start, window_end, hits)
                VALUES ('test', ?, clock_timestamp() - interval '2 seconds', clock_timestamp() - interval '1 second', 1)""")
                .param(key).update();

        rateLimiter.deleteEndedWindows();

        int left = JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM rate_limit_counter WHERE client_key = ?").param(key)
                .query(Integer.class).single();
        assertThat(left).isEqualTo(1);
    }

    private HikariDataSource pool() {
        return DataSourceBuilder.create().type(HikariDataSource.class).url(dataSource.getJdbcUrl())
                .username(dataSource.getUsername()).password(dataSource.getPassword()).build();
    }

    private static String uniqueKey() {
        return "test-" + UUID.randomUUID();
    }
}
