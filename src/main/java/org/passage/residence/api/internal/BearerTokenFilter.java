package org.passage.residence.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.passage.identity.ApiTokens;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.representatives.RepresentativePrincipal;
import org.passage.residence.representatives.RepresentativeTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request that carries a live applicant token ({@code Authorization: Bearer})
 * as that application's {@link ApplicantPrincipal}, for this request only: the API keeps no
 * session, and a session cookie never opens the API. Runs after Spring Security's filters (whose
 * API chain lets every request through and clears the context afterwards); a request without a
 * valid token stays anonymous and the controller answers 401. A representative's token authenticates
 * a {@link RepresentativePrincipal}, which opens an application only through
 * {@link MandateAccessInterceptor}.
 *
 * <p>Registered by {@link BearerTokenConfiguration}.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** The request attribute holding the authenticated token's hash, for the per-token rate limit. */
    static final String TOKEN_ATTRIBUTE = "residence.api.token";

    private final ApplicationTokens tokens;
    private final RepresentativeTokens representatives;

    BearerTokenFilter(ApplicationTokens tokens, RepresentativeTokens representatives) {
        this.tokens = tokens;
        this.representatives = representatives;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            var application = tokens.application(token);
            application.ifPresent(number -> {
                request.setAttribute(TOKEN_ATTRIBUTE, ApiTokens.hash(token));
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new UsernamePasswordAuthenticationToken(new ApplicantPrincipal(number),
                        null, List.of(new SimpleGrantedAuthority(ApplicantPrincipal.ROLE))));
                SecurityContextHolder.setContext(context);
            });
            if (application.isEmpty()) {
                representatives.representative(token).ifPresent(id -> {
                    request.setAttribute(TOKEN_ATTRIBUTE, ApiTokens.hash(token));
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(new UsernamePasswordAuthenticationToken(
                            new RepresentativePrincipal(id), null,
                            List.of(new SimpleGrantedAuthority(RepresentativePrincipal.ROLE))));
                    SecurityContextHolder.setContext(context);
                });
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
