package org.passage.residence.representatives;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.identity.ApiTokens;
import org.passage.identity.CodeSubject;
import org.springframework.stereotype.Component;

/**
 * The bearer tokens of representatives, kept by module identity's {@link ApiTokens} as every
 * applicant API's: a token stands for one representative (subject {@code representative:} and
 * the id) for an hour.
 */
@Component
public class RepresentativeTokens {

    /** The purpose of a representative's code and token subjects. */
    public static final String PURPOSE = "representative";
    /** How long a representative's token is valid. */
    public static final Duration VALIDITY = Duration.ofHours(1);

    private final ApiTokens tokens;

    RepresentativeTokens(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** A new token for the representative. */
    public ApiTokens.Issued issue(UUID representative) {
        return tokens.issue(CodeSubject.of(PURPOSE, representative.toString()), VALIDITY);
    }

    /** The representative a live token stands for; empty for any other token. */
    public Optional<UUID> representative(@Nullable String token) {
        return tokens.resolve(token).flatMap(subject -> subject.keyOf(PURPOSE)).flatMap(key -> {
            try {
                return Optional.of(UUID.fromString(key));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
