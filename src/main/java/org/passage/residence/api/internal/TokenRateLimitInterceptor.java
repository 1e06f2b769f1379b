package org.passage.residence.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.passage.ratelimit.RateLimitExceededException;
import org.passage.ratelimit.RateLimitResult;
import org.passage.ratelimit.RateLimiter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits the calls of one bearer token per minute, on every node alike (the limiter is in PostgreSQL).
 * The count is kept in a transaction of its own, so that it stays counted when the call's own
 * transaction ({@link OnBehalfTransactionFilter}) rolls back, and is not held locked while the call runs.
 */
class TokenRateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter rateLimiter;
    private final ResidenceApiProperties properties;
    private final MessageSource messages;
    private final TransactionTemplate ownTransaction;

    TokenRateLimitInterceptor(RateLimiter rateLimiter, ResidenceApiProperties properties, MessageSource messages,
            PlatformTransactionManager transactionManager) {
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(request.getAttribute(BearerTokenFilter.TOKEN_ATTRIBUTE) instanceof String token)) {
            return true;
        }
        RateLimitResult result = ownTransaction.execute(status -> rateLimiter.tryAcquire(
                "residence-api-token-calls", token, properties.callsPerTokenPerMinute(), Duration.ofMinutes(1)));
        if (!result.allowed()) {
            throw new RateLimitExceededException(result.retryAfter(), messages.getMessage("problem.rate-limited",
                    new Object[] {Math.max(1, result.retryAfter().toSeconds())},
                    LocaleContextHolder.getLocale()));
        }
        return true;
    }
}
