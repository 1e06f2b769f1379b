package org.passage.rules.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.notifications.Notifications;
import org.passage.rules.Rulebooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On 2026-12-02 the minimum wage's last period (2026) ends within 60 days: the gauge counts it, and
 * the daily job tells each administrator address once per parameter and period, however often it runs.
 */
@PassageIntegrationTest
class ParameterWatchIntegrationTest {

    @Autowired
    Rulebooks rulebooks;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    final Clock december2026 = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void noMinimumWageEnteredBeyond2026() {
        jdbc.sql("DELETE FROM rule_parameter_value WHERE rulebook = 'tr-residence' AND parameter = ?")
                .param("MINIMUM_WAGE_MONTHLY_TRY").update();
    }

    @Test
    void theGaugeCountsTheParametersRunningOutAndEachAddressIsToldOncePerPeriod() {
        String address = "admin-" + UUID.randomUUID() + "@example.org";
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ParameterWatch watch = new ParameterWatch(rulebooks, notifications, december2026, meters, List.of(address));

        assertThat(watch.needingAttention()).anySatisfy(a -> {
            assertThat(a.parameter()).isEqualTo("MINIMUM_WAGE_MONTHLY_TRY");
            assertThat(a.provisional()).isFalse();
        });
        assertThat(meters.get("passage.parameters.attention").gauge().value())
                .isEqualTo(watch.needingAttention().size());

        transactions.executeWithoutResult(s -> watch.alert());
        transactions.executeWithoutResult(s -> watch.alert());

        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE idempotency_key = ?")
                .param("parameter-period:tr-residence/MINIMUM_WAGE_MONTHLY_TRY/2026-01-01:" + address)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE idempotency_key LIKE ?")
                .param("%:" + address).query(Integer.class).single()).isEqualTo(watch.needingAttention().size());
    }
}
