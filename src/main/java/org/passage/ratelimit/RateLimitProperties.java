package org.passage.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the assessment API, per client address.
 *
 * @param assessmentsLimit   calls allowed per window under {@code /api/v1/assessments/**}
 * @param assessmentsWindow  length of one window
 * @param cleanupInterval    how often ended windows are deleted
 */
@ConfigurationProperties("passage.rate-limit")
record RateLimitProperties(
        @DefaultValue("120") int assessmentsLimit,
        @DefaultValue("1m") Duration assessmentsWindow,
        @DefaultValue("5m") Duration cleanupInterval) {
}
