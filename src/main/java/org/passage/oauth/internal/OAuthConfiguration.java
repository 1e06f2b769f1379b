package org.passage.oauth.internal;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.OAuthScope;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.DispatcherType;

import org.passage.i18n.MessageBundle;
import org.passage.oauth.OfficerBearerTokens;
import org.passage.staff.StaffRole;
import org.passage.staff.StaffSignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The module's texts, the administrators' API for system clients (HTTP Basic, administrators only) and
 * the OpenAPI description of a system client's bearer token ({@value OfficerBearerTokens#OPENAPI_SCHEME}).
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OfficerBearerTokens.OPENAPI_SCHEME, type = SecuritySchemeType.OAUTH2,
        description = "A system client's token by client credentials at /oauth2/token, for the officer's staff "
                + "account the client is bound to (POST /api/v1/admin/oauth-clients).",
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "/oauth2/token",
                scopes = @OAuthScope(name = OfficerBearerTokens.CASES,
                        description = "The officers' API, as the bound officer's account"))))
class OAuthConfiguration {

    @Bean
    MessageBundle oauthMessages() {
        return new MessageBundle("oauth/messages");
    }

    /** Only its own path, before the general API chain (which would let it through unauthenticated). */
    @Bean
    @Order(-9)
    SecurityFilterChain systemClientsApiSecurity(HttpSecurity http, StaffSignIn signIn) throws Exception {
        http.securityMatcher(SystemClientsController.PATH, SystemClientsController.PATH + "/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authenticationProvider(signIn.authenticationProvider())
                .httpBasic(basic -> basic.realmName("Passage administration"))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole(StaffRole.ADMIN.name()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
