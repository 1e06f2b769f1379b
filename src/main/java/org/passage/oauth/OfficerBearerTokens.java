package org.passage.oauth;

import java.util.ArrayList;
import java.util.List;

import org.passage.staff.ActiveStaff;
import org.passage.staff.StaffPrincipal;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the officers' API, issued by this application's authorization server to a system
 * client bound to an officer's staff account. A token is accepted when its signature is the shared
 * key's, it has not expired (by the injected clock), it was not revoked, and the account is still
 * enabled and unlocked; the caller then acts as that account as it is now (its current roles and
 * provinces). The account's roles count only with the scope {@value #CASES}: a token without it is
 * refused with 403. Refusals are problem details, like those of HTTP Basic, with the
 * {@code WWW-Authenticate: Bearer} challenge.
 */
@Component
public class OfficerBearerTokens {

    /** The scope that lets a token act on the officers' API as its staff account. */
    public static final String CASES = "directorate.cases";
    /** The claim naming the staff account a token acts as. */
    public static final String STAFF_CLAIM = "staff";
    /** The OpenAPI security scheme of these tokens. */
    public static final String OPENAPI_SCHEME = "officer-oauth2";

    private final JwtDecoder decoder;
    private final ActiveStaff staff;
    private final OAuth2AuthorizationService authorizations;

    OfficerBearerTokens(JwtDecoder decoder, ActiveStaff staff, OAuth2AuthorizationService authorizations) {
        this.decoder = decoder;
        this.staff = staff;
        this.authorizations = authorizations;
    }

    /** Lets a filter chain accept this server's bearer tokens (use in {@code http.oauth2ResourceServer(...)}). */
    public void configure(OAuth2ResourceServerConfigurer<HttpSecurity> resourceServer) {
        resourceServer
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authentication()))
                .authenticationEntryPoint(problemEntryPoint())
                .accessDeniedHandler(problemAccessDenied());
    }

    Converter<Jwt, AbstractAuthenticationToken> authentication() {
        return jwt -> {
            String username = jwt.getClaimAsString(STAFF_CLAIM);
            if (username == null) {
                throw new InvalidBearerTokenException("the token names no staff account");
            }
            OAuth2Authorization issued = authorizations.findByToken(jwt.getTokenValue(), OAuth2TokenType.ACCESS_TOKEN);
            if (issued == null || issued.getAccessToken() == null || issued.getAccessToken().isInvalidated()) {
                throw new InvalidBearerTokenException("the token was revoked");
            }
            StaffPrincipal member = staff.find(username)
                    .orElseThrow(() -> new InvalidBearerTokenException("the token's staff account is not active"));
            List<String> scopes = jwt.getClaimAsStringList("scope");
            List<GrantedAuthority> authorities = new ArrayList<>();
            if (scopes != null) {
                scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
                if (scopes.contains(CASES)) {
                    authorities.addAll(member.authorities());
                }
            }
            return UsernamePasswordAuthenticationToken.authenticated(member, null, authorities);
        };
    }

    /** The bearer challenge, then the error dispatch writes the problem (401). */
    static AuthenticationEntryPoint problemEntryPoint() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            challenge.commence(request, response, exception);
            response.sendError(response.getStatus());
        };
    }

    /** The insufficient-scope challenge, then the error dispatch writes the problem (403). */
    static AccessDeniedHandler problemAccessDenied() {
        BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            challenge.handle(request, response, exception);
            response.sendError(response.getStatus());
        };
    }
}
