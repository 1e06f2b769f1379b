package org.passage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API bearer tokens of any desk, on PostgreSQL, with clocks of their own. */
@PassageIntegrationTest
class ApiTokensIntegrationTest {

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    JdbcClient jdbc;

    ApiTokens at(Instant instant) {
        return new ApiTokens(jdbc, Clock.fixed(instant, ZoneOffset.UTC));
    }

    static CodeSubject subject() {
        return CodeSubject.of("test", UUID.randomUUID().toString());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aTokenStandsForItsSubjectUntilItExpires() {
        CodeSubject subject = subject();
        ApiTokens.Issued issued = at(NOW).issue(subject, HOUR);

        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(HOUR));
        assertThat(at(NOW).resolve(issued.token())).contains(subject);
        assertThat(at(NOW.plus(HOUR).minusSeconds(1)).resolve(issued.token())).contains(subject);
        assertThat(at(NOW.plus(HOUR)).resolve(issued.token())).isEmpty();
    }

    @Test
    void onlyTheSha256OfATokenIsStored() throws Exception {
        CodeSubject subject = subject();
        String token = at(NOW).issue(subject, HOUR).token();

        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE subject = ?").param(subject.value())
                .query(String.class).list()).containsExactly(sha256(token));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ? OR subject LIKE ?")
                .params(token, "%" + token + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void aWrongTokenResolvesToNothing() throws Exception {
        String token = at(NOW).issue(subject(), HOUR).token();
        String other = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(at(NOW).resolve(other)).isEmpty();
        assertThat(at(NOW).resolve(token.substring(1))).isEmpty();
        assertThat(at(NOW).resolve(sha256(token))).isEmpty();
        assertThat(at(NOW).resolve(" " + token)).isEmpty();
        assertThat(at(NOW).resolve("")).isEmpty();
        assertThat(at(NOW).resolve(null)).isEmpty();
    }

    @Test
    void eachTokenIsNewAndTheEarlierOnesOfTheSubjectStillWork() {
        CodeSubject subject = subject();
        String first = at(NOW).issue(subject, HOUR).token();
        String second = at(NOW).issue(subject, HOUR).token();

        assertThat(second).isNotEqualTo(first);
        assertThat(at(NOW).resolve(first)).contains(subject);
        assertThat(at(NOW).resolve(second)).contains(subject);
    }

    @Test
    void issuingATokenDeletesTheExpiredOnes() {
        CodeSubject old = subject();
        at(NOW).issue(old, HOUR);
        at(NOW.plus(HOUR)).issue(subject(), HOUR);

        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE subject = ?").param(old.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSubjectGivesItsKeyOnlyToItsOwnPurpose() {
        CodeSubject visa = CodeSubject.of("visa", "Ada@Example.org");

        assertThat(visa.keyOf("visa")).contains("ada@example.org");
        assertThat(visa.keyOf("residence")).isEmpty();
        assertThat(visa.keyOf("vis")).isEmpty();
    }
}
