package org.passage.residence.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.passage.ratelimit.RateLimitExceededException;
import org.passage.ratelimit.RateLimitResult;
import org.passage.ratelimit.RateLimiter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/** Limits the calls of one bearer token per minute, on every node alike (the limiter is in PostgreSQL). */
class TokenRateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter rateLimiter;
    private final ResidenceApiProperties properties;
    private final MessageSource messages;

    TokenRateLimitInterceptor(RateLimiter rateLimiter, ResidenceApiProperties properties, MessageSource messages) {
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(request.getAttribute(BearerTokenFilter.TOKEN_ATTRIBUTE) instanceof String token)) {
            return true;
        }
        RateLimitResult result = rateLimiter.tryAcquire("residence-api-token-calls", token,
                properties.callsPerTokenPerMinute(), Duration.ofMinutes(1));
        if (!result.allowed()) {
            throw new RateLimitExceededException(result.retryAfter(), messages.getMessage("problem.rate-limited",
                    new Object[] {Math.max(1, result.retryAfter().toSeconds())},
                    LocaleContextHolder.getLocale()));
        }
        return true;
    }
}
