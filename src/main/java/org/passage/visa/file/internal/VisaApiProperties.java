package org.passage.visa.file.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the visa files API ({@code passage.visa.api.*}), as the residence API has its own.
 *
 * @param tokenValidity how long a bearer token from {@code POST /api/v1/visa/tokens} opens its files
 */
@ConfigurationProperties("passage.visa.api")
record VisaApiProperties(@DefaultValue("1h") Duration tokenValidity) {

    VisaApiProperties {
        if (tokenValidity.isNegative() || tokenValidity.isZero()) {
            throw new IllegalArgumentException("passage.visa.api.token-validity must be positive");
        }
    }
}
