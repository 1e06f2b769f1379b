package org.passage.residence.api.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-residence API ({@code passage.residence.api.*}).
 *
 * @param tokenValidity how long a bearer token opens its application
 * @param callsPerTokenPerMinute calls one token may make per minute under {@code /api/v1/residence/applications/**}
 */
@ConfigurationProperties("passage.residence.api")
public record ResidenceApiProperties(
        @DefaultValue("1h") Duration tokenValidity,
        @DefaultValue("120") int callsPerTokenPerMinute) {
}
