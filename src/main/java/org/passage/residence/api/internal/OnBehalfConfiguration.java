package org.passage.residence.api.internal;

import org.passage.residence.representatives.RepresentativeActions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

/** Registers the {@link OnBehalfTransactionFilter} right after the {@link BearerTokenFilter}. */
@Configuration(proxyBeanMethods = false)
class OnBehalfConfiguration {

    @Bean
    FilterRegistrationBean<OnBehalfTransactionFilter> onBehalfTransactionFilter(TransactionTemplate transactions,
            RepresentativeActions actions) {
        FilterRegistrationBean<OnBehalfTransactionFilter> registration = new FilterRegistrationBean<>(
                new OnBehalfTransactionFilter(transactions, actions));
        registration.addUrlPatterns("/api/v1/residence/applications/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 99);
        return registration;
    }
}
