package org.passage.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsProperties.class)
class DocumentsConfiguration {

    /** The S3-compatible store when {@code passage.documents.s3.endpoint} is set, else the file system. */
    @Bean
    DocumentStore documentStore(DocumentsProperties properties) {
        if (properties.usesS3()) {
            return new S3DocumentStore(properties.s3());
        }
        return new FileSystemDocumentStore(properties.directory());
    }
}
