package org.passage.residence.representatives.internal;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.passage.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The representatives' texts and the OpenAPI description of a representative's bearer token. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = RepresentativesConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/representatives/tokens, after the one-time code; it opens the "
                + "applications the representative's live mandates cover, within their scopes.")
class RepresentativesConfiguration {

    static final String BEARER = "representativeToken";

    @Bean
    MessageBundle representativesMessages() {
        return new MessageBundle("residence/representatives/messages");
    }
}
