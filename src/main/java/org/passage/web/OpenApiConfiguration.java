package org.passage.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title of the OpenAPI description at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI passageOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Passage API")
                .description("Residence permit, German visa and university admission casework. "
                        + "Errors are RFC 9457 application/problem+json.")
                .version("v1"));
    }
}
