package org.passage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Which store the settings choose, bound as Spring Boot binds them. */
class DocumentsConfigurationTest {

    private static final Map<String, String> S3 = Map.of(
            "passage.documents.s3.endpoint", "http://minio.internal:9000",
            "passage.documents.s3.bucket", "passage-documents",
            "passage.documents.s3.access-key", "passage",
            "passage.documents.s3.secret-key", "secret");

    @Test
    void withoutAnS3EndpointDocumentsAreKeptOnTheFileSystem() {
        DocumentsProperties properties = bind(Map.of("passage.documents.directory", "/srv/passage/documents"));

        assertThat(properties.usesS3()).isFalse();
        assertThat(properties.maxBytes().toBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(new DocumentsConfiguration().documentStore(properties)).isInstanceOf(FileSystemDocumentStore.class);
        assertThat(((FileSystemDocumentStore) new DocumentsConfiguration().documentStore(properties))
                .file(DocumentId.parse("3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b")))
                .isEqualTo(Path.of("/srv/passage/documents/3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b"));
    }

    @Test
    void anS3EndpointChoosesTheS3StoreWithPathStyleAndUsEast1ByDefault() throws Exception {
        DocumentsProperties properties = bind(S3);

        assertThat(properties.usesS3()).isTrue();
        assertThat(properties.s3().endpoint()).isEqualTo(URI.create("http://minio.internal:9000"));
        assertThat(properties.s3().region()).isEqualTo("us-east-1");
        assertThat(properties.s3().pathStyle()).isTrue();
        try (var store = (S3DocumentStore) new DocumentsConfiguration().documentStore(properties)) {
            assertThat(store).isNotNull();
        }
    }

    @Test
    void anS3EndpointWithoutABucketStopsStartUp() {
        Map<String, String> withoutBucket = new HashMap<>(S3);
        withoutBucket.remove("passage.documents.s3.bucket");

        assertThatThrownBy(() -> bind(withoutBucket)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("passage.documents.s3.bucket");
    }

    @Test
    void theSecretKeyIsNotInTheSettingsText() {
        assertThat(bind(S3).toString()).doesNotContain("secret");
    }

    private static DocumentsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("passage.documents", DocumentsProperties.class);
    }
}
