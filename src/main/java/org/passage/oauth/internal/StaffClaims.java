package org.passage.oauth.internal;

import org.passage.oauth.OfficerBearerTokens;
import org.passage.staff.ActiveStaff;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the staff account a system client is bound to into its access tokens (claim
 * {@value OfficerBearerTokens#STAFF_CLAIM}), and refuses a token while that account is disabled or locked.
 */
@Component
class StaffClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final ActiveStaff staff;

    StaffClaims(ActiveStaff staff) {
        this.staff = staff;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        Object account = context.getRegisteredClient().getClientSettings().getSetting(SystemClients.STAFF_ACCOUNT);
        if (!(account instanceof String username) || staff.find(username).isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT,
                    "the client's staff account is not active", null));
        }
        context.getClaims().claim(OfficerBearerTokens.STAFF_CLAIM, username);
    }
}
