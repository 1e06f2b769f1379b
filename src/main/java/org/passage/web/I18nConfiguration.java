package org.passage.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** Language from the switcher's cookie, else from Accept-Language, else English. */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "passage-lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocaleFunction(Languages::fromAcceptLanguage);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitchInterceptor());
    }

    /**
     * The switcher's links carry {@code ?lang=xx}; only supported languages are stored. Reads the
     * query string, never request parameters: those would parse a form body, even an oversized
     * one on its way to the error page.
     */
    static class LanguageSwitchInterceptor implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String language = UriComponentsBuilder.newInstance().query(request.getQueryString()).build()
                    .getQueryParams().getFirst(PARAMETER);
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (Languages.isSupported(language) && resolver != null) {
                resolver.setLocale(request, response, Locale.of(language.toLowerCase(Locale.ROOT)));
            }
            return true;
        }
    }
}
