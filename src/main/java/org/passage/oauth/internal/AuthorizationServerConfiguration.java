package org.passage.oauth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The authorization server on its standard paths ({@code /oauth2/token}, {@code /oauth2/jwks},
 * {@code /oauth2/introspect}, {@code /oauth2/revoke}, {@code /.well-known/oauth-authorization-server}),
 * in a filter chain of its own that matches only those paths, placed before every other chain (whose
 * paths it does not share, so they behave as before). Nothing is kept in one node's memory: clients and
 * authorizations are in PostgreSQL, and the signing key is the one stored there ({@link SigningKeys}).
 * The officers' API verifies tokens with the same stored key, in process.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** How long an access token lives: short, so a changed account or client takes effect soon. */
    static final Duration ACCESS_TOKEN_TIME_TO_LIVE = Duration.ofMinutes(10);

    @Bean
    @Order(-10)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        RequestMatcher endpoints = server.getEndpointsMatcher();
        http.securityMatcher(endpoints)
                .with(server, configurer -> { })
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcOperations jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(new JWKSet(keys.current()));
    }

    @Bean
    OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JWKSource<SecurityContext> jwkSource, Clock clock,
            StaffClaims claims) {
        JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        jwt.setClock(clock);
        jwt.setJwtCustomizer(claims);
        return new DelegatingOAuth2TokenGenerator(jwt);
    }

    /** Verifies this server's tokens with the stored key, in process (no call to the JWK endpoint). */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, Clock clock) {
        return new StoredKeyJwtDecoder(() -> {
            try {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.current().toRSAPublicKey())
                        .signatureAlgorithm(SignatureAlgorithm.RS256).build();
                JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
                timestamps.setClock(clock);
                decoder.setJwtValidator(timestamps);
                return decoder;
            } catch (JOSEException e) {
                throw new IllegalStateException("the stored signing key has no public RSA key", e);
            }
        });
    }
}
