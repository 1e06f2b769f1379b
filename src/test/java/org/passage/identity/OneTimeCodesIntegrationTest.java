package org.passage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** One-time codes of any desk, on PostgreSQL, with clocks of their own. */
@PassageIntegrationTest
class OneTimeCodesIntegrationTest {

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    OneTimeCodes at(Instant instant) {
        return new OneTimeCodes(jdbc, Clock.fixed(instant, ZoneOffset.UTC));
    }

    String issue(String subject) {
        return transactions.execute(tx -> at(NOW).issue(subject));
    }

    boolean verify(Instant when, String subject, String code) {
        return Boolean.TRUE.equals(transactions.execute(tx -> at(when).verify(subject, code)));
    }

    static String subject() {
        return "test:" + UUID.randomUUID();
    }

    static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void aCodeWorksOnceForItsSubjectOnly() {
        String subject = subject();
        String code = issue(subject);

        assertThat(verify(NOW, subject(), code)).isFalse();
        assertThat(verify(NOW, subject, code)).isTrue();
        assertThat(verify(NOW, subject, code)).isFalse();
    }

    @Test
    void aCodeEndsAfterTenMinutes() {
        String subject = subject();
        String code = issue(subject);

        assertThat(verify(NOW.plus(OneTimeCodes.VALIDITY), subject, code)).isFalse();
    }

    @Test
    void fiveWrongTriesUseTheCodeUp() {
        String subject = subject();
        String code = issue(subject);
        for (int i = 0; i < OneTimeCodes.MAX_ATTEMPTS; i++) {
            assertThat(verify(NOW, subject, wrong(code))).isFalse();
        }

        assertThat(verify(NOW, subject, code)).isFalse();
    }

    @Test
    void aNewCodeReplacesTheOneBefore() {
        String subject = subject();
        String first = issue(subject);
        String second = issue(subject);

        assertThat(verify(NOW, subject, first)).isEqualTo(first.equals(second));
        assertThat(jdbc.sql("SELECT count(*) FROM one_time_code WHERE subject = ?").param(subject)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
