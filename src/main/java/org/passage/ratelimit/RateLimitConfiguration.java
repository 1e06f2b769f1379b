package org.passage.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Applies the limiter to the assessment API and deletes ended windows now and then. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    private final RateLimiter rateLimiter;
    private final RateLimitProperties properties;
    private final MessageSource messages;

    RateLimitConfiguration(RateLimiter rateLimiter, RateLimitProperties properties, MessageSource messages) {
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimitInterceptor(rateLimiter, properties, messages))
                .addPathPatterns("/api/v1/assessments", "/api/v1/assessments/**");
    }

    // Several nodes may run this at once: deleting ended windows twice is harmless.
    @Scheduled(fixedDelayString = "${passage.rate-limit.cleanup-interval:5m}",
            initialDelayString = "${passage.rate-limit.cleanup-interval:5m}")
    void deleteEndedWindows() {
        int deleted = rateLimiter.deleteEndedWindows();
        log.debug("Deleted {} ended rate-limit windows", deleted);
    }
}
