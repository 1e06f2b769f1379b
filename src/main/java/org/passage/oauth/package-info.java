/**
 * OAuth2 for systems (issue 21): Spring Authorization Server's endpoints ({@code /oauth2/token},
 * {@code /oauth2/jwks}, the server's metadata), client credentials of registered system clients each
 * bound to an officer's staff account, and the bearer tokens the officers' API accepts beside HTTP Basic
 * ({@link org.passage.oauth.OfficerBearerTokens}). Clients, authorizations and the signing key live in
 * PostgreSQL, so every node issues and accepts the same tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OAuth2")
@org.jspecify.annotations.NullMarked
package org.passage.oauth;
