package org.passage.admissions.letters.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/** The settings of acceptance letters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LettersConfiguration.LettersProperties.class)
class LettersConfiguration {

    /**
     * @param verificationsPerAddress letter verifications (page and API) allowed per network address
     *                                and window, so codes cannot be tried in bulk
     * @param verificationWindow      the length of that window
     */
    @ConfigurationProperties("passage.admissions.letters")
    record LettersProperties(@DefaultValue("60") int verificationsPerAddress,
            @DefaultValue("1h") Duration verificationWindow) {
    }
}
