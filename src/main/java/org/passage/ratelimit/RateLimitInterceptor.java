package org.passage.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/** Limits calls to the assessment API per client address (the proxy-resolved one behind a proxy). */
class RateLimitInterceptor implements HandlerInterceptor {

    static final String BUCKET = "assessments";

    private final RateLimiter rateLimiter;
    private final RateLimitProperties properties;
    private final MessageSource messages;

    RateLimitInterceptor(RateLimiter rateLimiter, RateLimitProperties properties, MessageSource messages) {
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RateLimitResult result = rateLimiter.tryAcquire(BUCKET, request.getRemoteAddr(),
                properties.assessmentsLimit(), properties.assessmentsWindow());
        if (!result.allowed()) {
            long seconds = RateLimitExceededException.retryAfterSeconds(result.retryAfter());
            String detail = messages.getMessage("problem.rate-limited", new Object[] {seconds},
                    LocaleContextHolder.getLocale());
            throw new RateLimitExceededException(result.retryAfter(), detail);
        }
        return true;
    }
}
