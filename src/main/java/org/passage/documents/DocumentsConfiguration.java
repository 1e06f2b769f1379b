package org.passage.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsProperties.class)
class DocumentsConfiguration {

    @Bean
    DocumentStore documentStore(DocumentsProperties properties) {
        return new FileSystemDocumentStore(properties.directory());
    }
}
