package org.passage.residence.api;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.util.List;
import org.passage.i18n.MessageBundle;
import org.passage.residence.api.internal.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's texts, and its authentication: a controller parameter of type {@link ApiApplicant} is
 * the application the request's {@code Authorization: Bearer} token opens, or the request is
 * answered 401 before the controller runs.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = ResidenceApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/residence/tokens, after the one-time code; it opens one application.")
class ResidenceApiConfiguration implements WebMvcConfigurer {

    static final String BEARER = "applicantToken";
    static final String BASE = "/api/v1/residence";

    private final ApiTokens tokens;

    ResidenceApiConfiguration(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Bean
    MessageBundle residenceApiMessages() {
        return new MessageBundle("residence/api/messages");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == ApiApplicant.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                String header = request.getHeader(HttpHeaders.AUTHORIZATION);
                if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    throw ApiProblems.unauthorized();
                }
                return tokens.application(header.substring(7).strip()).map(ApiApplicant::new)
                        .orElseThrow(ApiProblems::unauthorized);
            }
        });
    }
}
