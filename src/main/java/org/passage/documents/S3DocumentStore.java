package org.passage.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Keeps each document as one object named by its id in a bucket of an S3-compatible server. A
 * PUT of a known length either stores the whole object or nothing.
 */
class S3DocumentStore implements DocumentStore, AutoCloseable {

    private final S3Client client;
    private final String bucket;

    S3DocumentStore(DocumentsProperties.S3 settings) {
        this.bucket = settings.bucket();
        this.client = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // Many S3-compatible servers reject the SDK's newer defaults (CRC trailers in
                // aws-chunked bodies); Passage keeps its own SHA-256 of every document anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(s3 -> s3.chunkedEncodingEnabled(false))
                .build();
    }

    @Override
    public void put(DocumentId id, Path staged) throws IOException {
        try {
            client.putObject(put -> put.bucket(bucket).key(key(id)), RequestBody.fromFile(staged));
        } catch (SdkException e) {
            throw new IOException("Could not store document " + id + " in bucket " + bucket, e);
        }
    }

    @Override
    public InputStream open(DocumentId id) throws IOException {
        try {
            return client.getObject(get -> get.bucket(bucket).key(key(id)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key(id));
        } catch (SdkException e) {
            throw new IOException("Could not read document " + id + " from bucket " + bucket, e);
        }
    }

    @Override
    public void delete(DocumentId id) throws IOException {
        try {
            client.deleteObject(delete -> delete.bucket(bucket).key(key(id)));
        } catch (SdkException e) {
            throw new IOException("Could not delete document " + id + " from bucket " + bucket, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private static String key(DocumentId id) {
        return id.value().toString();
    }
}
