package org.passage.residence.api.internal;

import org.passage.audit.AuditTrail;
import org.passage.ratelimit.RateLimiter;
import org.passage.residence.representatives.Mandates;
import org.passage.residence.representatives.RepresentativeTokens;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.handler.MappedInterceptor;

/**
 * Registers the {@link BearerTokenFilter} after Spring Security's filters, and the per-token rate
 * limit on the applicant's operations. Beans of a plain configuration rather than components or a
 * {@code WebMvcConfigurer}, so that web slice tests, which pick those up, need no token store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResidenceApiProperties.class)
class BearerTokenConfiguration {

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(ApplicationTokens tokens,
            RepresentativeTokens representatives) {
        FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(
                new BearerTokenFilter(tokens, representatives));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    /** The one check of a representative's call for an application: a live mandate within its scope. */
    @Bean
    MappedInterceptor mandateAccess(Mandates mandates, AuditTrail audit) {
        return new MappedInterceptor(new String[] {"/api/v1/residence/applications/**"},
                new MandateAccessInterceptor(mandates, audit));
    }

    @Bean
    MappedInterceptor tokenRateLimit(RateLimiter rateLimiter, ResidenceApiProperties properties,
            MessageSource messages, PlatformTransactionManager transactionManager) {
        return new MappedInterceptor(new String[] {"/api/v1/residence/applications/**"},
                new TokenRateLimitInterceptor(rateLimiter, properties, messages, transactionManager));
    }

    /** Every write of the applicant's API idempotent by its key (after the mandate check and the rate limit). */
    @Bean
    MappedInterceptor idempotencyKeys(IdempotentWrites writes, Mandates mandates, MessageSource messages) {
        return new MappedInterceptor(new String[] {"/api/v1/residence/applications/**"},
                new IdempotencyInterceptor(writes, mandates, messages));
    }

    /** Holds the body and the answer of a write sent with a key, inside a representative's transaction. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotentWrites writes) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyKeyFilter(writes));
        registration.addUrlPatterns("/api/v1/residence/applications/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 98);
        return registration;
    }
}
