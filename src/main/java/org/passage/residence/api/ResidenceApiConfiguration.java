package org.passage.residence.api;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.passage.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's texts and the OpenAPI description of its bearer token, which authenticates a request
 * as the {@link org.passage.residence.ApplicantPrincipal} of one application.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = ResidenceApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/residence/tokens, after the one-time code; it opens one application.")
class ResidenceApiConfiguration {

    static final String BEARER = org.passage.residence.ApiApplicants.BEARER_SCHEME;
    static final String BASE = "/api/v1/residence";

    @Bean
    MessageBundle residenceApiMessages() {
        return new MessageBundle("residence/api/messages");
    }
}
