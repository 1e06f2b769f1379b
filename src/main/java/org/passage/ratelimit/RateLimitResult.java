package org.passage.ratelimit;

import java.time.Duration;

/**
 * The answer of {@link RateLimiter#tryAcquire}.
 *
 * @param allowed    whether the call may proceed
 * @param remaining  calls left in the current window (0 when refused)
 * @param retryAfter when the current window ends, so a refused caller may try again
 */
public record RateLimitResult(boolean allowed, int remaining, Duration retryAfter) {
}
