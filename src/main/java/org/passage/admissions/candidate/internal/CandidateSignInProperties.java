package org.passage.admissions.candidate.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the candidate's e-mail sign-in ({@code passage.admissions.candidate.*}).
 *
 * @param signInsPerAddressPerHour sign-ins one network address may start per hour
 * @param codesPerEmailPerDay codes one e-mail address may be sent per day
 * @param apiTokenValidity how long a bearer token of the candidate API reads the candidate's applications
 */
@ConfigurationProperties("passage.admissions.candidate")
record CandidateSignInProperties(@DefaultValue("30") int signInsPerAddressPerHour,
        @DefaultValue("10") int codesPerEmailPerDay, @DefaultValue("PT1H") java.time.Duration apiTokenValidity) {

    CandidateSignInProperties {
        if (signInsPerAddressPerHour < 1) {
            throw new IllegalArgumentException(
                    "passage.admissions.candidate.sign-ins-per-address-per-hour must be positive");
        }
        if (codesPerEmailPerDay < 1) {
            throw new IllegalArgumentException("passage.admissions.candidate.codes-per-email-per-day must be positive");
        }
        if (apiTokenValidity.isNegative() || apiTokenValidity.isZero()) {
            throw new IllegalArgumentException("passage.admissions.candidate.api-token-validity must be positive");
        }
    }
}
