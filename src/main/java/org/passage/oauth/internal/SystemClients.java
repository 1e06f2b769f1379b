package org.passage.oauth.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.oauth.OfficerBearerTokens;
import org.passage.staff.ActiveStaff;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers system clients: each gets client credentials (a generated id and a secret shown once and
 * stored only as a hash), the grant {@code client_credentials}, the scope
 * {@value OfficerBearerTokens#CASES}, and is bound to one officer's staff account, whose provinces its
 * tokens reach.
 */
@Service
class SystemClients {

    /** The client setting naming the staff account the client acts as. */
    static final String STAFF_ACCOUNT = "passage.staff-account";

    record Registered(String clientId, String clientSecret, String staffAccount, String scope) {
    }

    /** The staff account is unknown, disabled, locked or not an officer's. */
    static final class NotAnOfficerException extends RuntimeException {

        NotAnOfficerException() {
            super("the staff account is not an active officer's");
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordEncoder SECRETS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final RegisteredClientRepository clients;
    private final ActiveStaff staff;
    private final AuditTrail audit;
    private final Clock clock;

    SystemClients(RegisteredClientRepository clients, ActiveStaff staff, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Registered register(AuditActor by, String name, String staffAccount) {
        StaffPrincipal account = staff.find(staffAccount).filter(member -> member.hasRole(StaffRole.OFFICER))
                .orElseThrow(NotAnOfficerException::new);
        String clientId = "system-" + HexFormat.of().formatHex(bytes(8));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientIdIssuedAt(clock.instant())
                .clientSecret(SECRETS.encode(secret))
                .clientName(name)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(OfficerBearerTokens.CASES)
                .clientSettings(ClientSettings.builder().setting(STAFF_ACCOUNT, account.username()).build())
                .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(AuthorizationServerConfiguration.ACCESS_TOKEN_TIME_TO_LIVE).build())
                .build());
        audit.record(AuditEvent.of(by, "OAUTH_CLIENT_REGISTERED", "staff:" + account.username())
                .with("clientId", clientId).with("name", name).with("scope", OfficerBearerTokens.CASES));
        return new Registered(clientId, secret, account.username(), OfficerBearerTokens.CASES);
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
