package org.passage.residence.api.internal;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the optional {@code Idempotency-Key} header on every write of the applicant's API in the
 * OpenAPI document ({@link IdempotencyInterceptor}); submitting describes its own.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyOpenApi {

    private static final String PREFIX = "/api/v1/residence/applications/{number}/";

    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith(PREFIX)) {
                    return;
                }
                Stream.of(item.getPost(), item.getPut(), item.getDelete(), item.getPatch())
                        .filter(operation -> operation != null && !declares(operation))
                        .forEach(operation -> operation.addParametersItem(new HeaderParameter()
                                .name(IdempotencyKeyFilter.HEADER).required(false)
                                .description("A key the client makes for this write, 1 to 255 printable characters: "
                                        + "the same key and body answer the first success again; the same key with "
                                        + "another body is a 422 problem")
                                .schema(new StringSchema().minLength(1).maxLength(255))));
            });
        };
    }

    private static boolean declares(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyKeyFilter.HEADER.equalsIgnoreCase(p.getName()));
    }
}
