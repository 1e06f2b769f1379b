package org.passage.documents;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Document settings.
 *
 * @param maxBytes  largest document accepted, counted while it is read
 * @param directory where the file-system store keeps documents, and where every upload is staged
 *                  while it is checked (with the S3 store too)
 * @param s3        an S3-compatible store, used instead of the file system when its endpoint is set
 * @param maxImagePixels largest image accepted, in pixels (width × height), read from its header: a
 *                  small file can hold an image that takes gigabytes to decode
 */
@ConfigurationProperties("passage.documents")
record DocumentsProperties(
        @DefaultValue("10MB") DataSize maxBytes,
        @DefaultValue("./documents") Path directory,
        S3 s3,
        @DefaultValue("40000000") long maxImagePixels) {

    DocumentsProperties {
        if (maxImagePixels < 1) {
            throw new IllegalArgumentException("passage.documents.max-image-pixels must be positive");
        }
        if (maxBytes.toBytes() < 1) {
            throw new IllegalArgumentException("passage.documents.max-bytes must be positive");
        }
    }

    boolean usesS3() {
        return s3 != null && s3.endpoint() != null;
    }

    /**
     * An S3-compatible bucket (AWS S3, MinIO, Ceph, ...).
     *
     * @param endpoint  e.g. {@code https://s3.eu-central-1.amazonaws.com} or {@code http://minio:9000}
     * @param bucket    the bucket, which must exist
     * @param region    the signing region ({@code us-east-1} for most S3-compatible servers)
     * @param accessKey the access key id
     * @param secretKey the secret access key
     * @param pathStyle address the bucket in the path ({@code endpoint/bucket/key}) rather than as a host name
     */
    record S3(URI endpoint, String bucket, @DefaultValue("us-east-1") String region, String accessKey,
            String secretKey, @DefaultValue("true") boolean pathStyle) {

        S3 {
            if (endpoint != null) {
                require(bucket, "bucket");
                require(accessKey, "access-key");
                require(secretKey, "secret-key");
            }
        }

        private static void require(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(
                        "passage.documents.s3." + name + " is required when passage.documents.s3.endpoint is set");
            }
        }

        @Override
        public String toString() {
            // Never the secret, should the settings be logged.
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", pathStyle=" + pathStyle + "]";
        }
    }
}
