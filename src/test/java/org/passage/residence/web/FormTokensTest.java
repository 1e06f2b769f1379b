package org.passage.residence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.passage.database.Secrets;
import org.passage.residence.ResidenceProperties;
import org.springframework.mock.web.MockHttpSession;

class FormTokensTest {

    private static final Instant SHOWN = Instant.parse("2026-11-21T10:00:00Z");
    private final ResidenceProperties properties = new ResidenceProperties(Duration.ofDays(90), Duration.ofSeconds(3),
            Duration.ofHours(2), 10, 5, 30);

    private final MockHttpSession session = new MockHttpSession();

    @Test
    void aTokenIsAcceptedOnceOnly() {
        String token = tokens(SHOWN).issue(session);
        assertThat(tokens(SHOWN.plusSeconds(20)).accepts(token, session)).isTrue();
        assertThat(tokens(SHOWN.plusSeconds(30)).accepts(token, session)).isFalse();
    }

    @Test
    void aTokenIsAcceptedOnlyInTheSessionItWasShownIn() {
        String token = tokens(SHOWN).issue(session);
        assertThat(tokens(SHOWN.plusSeconds(20)).accepts(token, new MockHttpSession())).isFalse();
        assertThat(tokens(SHOWN.plusSeconds(20)).accepts(token, session)).isTrue();
    }

    @Test
    void aFormSentBackAfterAHumanPauseIsAccepted() {
        String token = tokens(SHOWN).issue(session);
        assertThat(tokens(SHOWN.plusSeconds(20)).accepts(token, session)).isTrue();
    }

    @Test
    void aFormSentBackWithinSecondsCameFromABot() {
        String token = tokens(SHOWN).issue(session);
        assertThat(tokens(SHOWN.plusSeconds(1)).accepts(token, session)).isFalse();
    }

    @Test
    void aFormOlderThanTwoHoursMustBeReloaded() {
        String token = tokens(SHOWN).issue(session);
        assertThat(tokens(SHOWN.plus(Duration.ofHours(3))).accepts(token, session)).isFalse();
    }

    @Test
    void aTokenWithAForgedTimeOrSignatureIsRefused() {
        String token = tokens(SHOWN).issue(session);
        String older = (SHOWN.toEpochMilli() - 60_000) + token.substring(token.indexOf('.'));
        assertThat(tokens(SHOWN.plusSeconds(20)).accepts(older, session)).isFalse();
        assertThat(tokens(SHOWN.plusSeconds(20)).accepts("garbage", session)).isFalse();
        assertThat(tokens(SHOWN.plusSeconds(20)).accepts(null, session)).isFalse();
    }

    private FormTokens tokens(Instant now) {
        return new FormTokens(new FixedSecrets(), Clock.fixed(now, ZoneOffset.UTC), properties);
    }

    /** One fixed secret, as every node reads the same one from the database. */
    private static final class FixedSecrets extends Secrets {
        FixedSecrets() {
            super(null);
        }

        @Override
        public byte[] get(String name) {
            return "0123456789abcdef0123456789abcdef".getBytes();
        }
    }
}
