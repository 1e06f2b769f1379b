package org.passage.web;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

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
        registry.addInterceptor(new SupportedLanguageChangeInterceptor());
    }

    /** Accepts only the languages we have bundles for, so the cookie never holds another. */
    static class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {

        SupportedLanguageChangeInterceptor() {
            setParamName(PARAMETER);
            setIgnoreInvalidLocale(true);
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            // Only the switcher's GET links change the language; reading parameters of other
            // requests would parse their bodies, even oversized ones on their way to the error page.
            if (request.getDispatcherType() != DispatcherType.REQUEST || !"GET".equals(request.getMethod())
                    || !Languages.isSupported(request.getParameter(PARAMETER))) {
                return true;
            }
            return super.preHandle(request, response, handler);
        }
    }
}
