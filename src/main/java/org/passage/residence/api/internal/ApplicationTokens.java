package org.passage.residence.api.internal;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passage.identity.ApiTokens;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.application.ApplicationJourney;
import org.springframework.stereotype.Component;

/**
 * The bearer tokens of the e-residence API, kept by module identity's {@link ApiTokens}: a token
 * stands for the application whose one-time code was shown (the code's subject, its number), for
 * {@code passage.residence.api.token-validity}. A token of another desk opens no application.
 */
@Component
public class ApplicationTokens {

    private final ApiTokens tokens;
    private final Duration validity;

    ApplicationTokens(ApiTokens tokens, ResidenceApiProperties properties) {
        this.tokens = tokens;
        this.validity = properties.tokenValidity();
    }

    /** How long a token opens its application. */
    public Duration validity() {
        return validity;
    }

    /** A new token for the application. */
    public String issue(ApplicationNumber number) {
        return tokens.issue(ApplicationJourney.codeSubject(number), validity).token();
    }

    /** The application a live token opens; empty for an unknown, malformed or expired one, or another desk's. */
    public Optional<ApplicationNumber> application(@Nullable String token) {
        return tokens.resolve(token)
                .flatMap(subject -> subject.keyOf(ApplicationJourney.SUBJECT_PURPOSE))
                .map(ApplicationNumber::parseOrNull);
    }
}
