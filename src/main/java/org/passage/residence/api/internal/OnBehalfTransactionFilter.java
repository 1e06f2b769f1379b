package org.passage.residence.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.passage.residence.representatives.OnBehalfOf;
import org.passage.residence.representatives.RepresentativeActions;
import org.passage.residence.representatives.RepresentativePrincipal;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a representative's change of an application and its record "on behalf of" (history, audit,
 * the applicant's notification: {@link RepresentativeActions#record}) in one transaction: the
 * services the call reaches join it, the record is written when the call succeeded (2xx), and any
 * other outcome rolls everything back. The answer is held back until the transaction has committed,
 * so a client never sees a success that was not kept; if the commit or the record fails, the call
 * ends in an error and nothing of it is kept.
 *
 * <p>Runs after {@link BearerTokenFilter} (which authenticates the representative) and only for their
 * changes under {@code /api/v1/residence/applications/}; {@link MandateAccessInterceptor} tells, per
 * call, which mandate it runs under. Registered by {@link OnBehalfConfiguration}.
 */
class OnBehalfTransactionFilter extends OncePerRequestFilter {

    private static final String PREFIX = "/api/v1/residence/applications/";

    private final TransactionTemplate transactions;
    private final RepresentativeActions actions;

    OnBehalfTransactionFilter(TransactionTemplate transactions, RepresentativeActions actions) {
        this.transactions = transactions;
        this.actions = actions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !path(request).startsWith(PREFIX) || HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
                || HttpMethod.OPTIONS.matches(method) || HttpMethod.TRACE.matches(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof RepresentativePrincipal)) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        Exception failed = transactions.execute(status -> {
            try {
                chain.doFilter(request, held);
            } catch (IOException | ServletException e) {
                status.setRollbackOnly();
                return e;
            }
            int code = held.getStatus();
            if (code < 200 || code >= 300) {
                status.setRollbackOnly();
                return null;
            }
            if (status.isRollbackOnly()) {
                // A part of the change failed although the call answered success: keep nothing, answer an error.
                throw new IllegalStateException("a representative's change answered " + code + " but cannot be kept");
            }
            if (request.getAttribute(MandateAccessInterceptor.ACTING) instanceof OnBehalfOf acting) {
                actions.record(acting, request.getMethod() + " " + path(request));
            }
            return null;
        });
        if (failed instanceof IOException e) {
            throw e;
        }
        if (failed instanceof ServletException e) {
            throw e;
        }
        held.copyBodyToResponse();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
