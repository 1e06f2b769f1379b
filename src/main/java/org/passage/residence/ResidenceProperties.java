package org.passage.residence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-residence journey ({@code passage.residence.*}).
 *
 * @param draftRetention drafts untouched this long are deleted
 * @param formMinimumTime a pre-registration form sent back sooner than this after it was shown came from a bot
 * @param formMaximumTime a pre-registration form older than this must be reloaded
 * @param preRegistrationsPerAddressPerHour pre-registrations one network address may start per hour
 * @param codesPerPassportPerDay one-time codes one passport number may ask for per day
 * @param lookupsPerAddressPerHour application-number lookups (continue, status) per network address per hour
 */
@ConfigurationProperties("passage.residence")
public record ResidenceProperties(
        @DefaultValue("90d") Duration draftRetention,
        @DefaultValue("3s") Duration formMinimumTime,
        @DefaultValue("2h") Duration formMaximumTime,
        @DefaultValue("10") int preRegistrationsPerAddressPerHour,
        @DefaultValue("5") int codesPerPassportPerDay,
        @DefaultValue("30") int lookupsPerAddressPerHour) {
}
