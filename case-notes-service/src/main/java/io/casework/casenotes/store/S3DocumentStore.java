package io.casework.casenotes.store;

import io.casework.casenotes.config.DocumentsConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Content in an S3-compatible object store (AWS S3, MinIO, Ceph, S3Proxy). Each document gets a new random key: the
 * SHA-256 is only known once the content has streamed through, and an object store cannot rename an object in one
 * step as a file system can, so the key cannot be the digest; the document's row keeps the digest. A put is one
 * request: the object exists whole or not at all.
 */
public class S3DocumentStore implements DocumentStore, AutoCloseable {

    private static final String PREFIX = "documents/";

    private final S3Client s3;
    private final String bucket;

    public S3DocumentStore(DocumentsConfig.S3 config) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                // Checksums only where S3 requires them: several S3-compatible stores refuse the trailing checksums
                // newer SDKs send by default. The content's own SHA-256 is computed here and kept on the chain.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().ifPresent(builder::endpointOverride);
        if (config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    config.accessKeyId().get(), config.secretAccessKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = config.bucket();
        if (config.createBucket()) {
            try {
                s3.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
            } catch (NoSuchBucketException missing) {
                s3.createBucket(b -> b.bucket(bucket));
            }
        }
    }

    @Override
    public StoredContent put(InputStream content, long length) throws IOException {
        String key = PREFIX + UUID.randomUUID();
        Sha256 hashing = new Sha256(content);
        try {
            s3.putObject(p -> p.bucket(bucket).key(key).contentLength(length),
                    RequestBody.fromInputStream(hashing, length));
        } catch (SdkException | IllegalStateException e) {
            // The SDK says a stream shorter than its declared length with an IllegalStateException of its own.
            throw new IOException("writing to the S3 bucket " + bucket + ": " + e.getMessage(), e);
        }
        if (hashing.count() != length) {
            throw new IOException("expected " + length + " bytes, sent " + hashing.count());
        }
        return new StoredContent(key, length, hashing.hex());
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(g -> g.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("reading " + key + " from the S3 bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        try {
            s3.headObject(h -> h.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("looking for " + key + " in the S3 bucket " + bucket + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("looking for " + key + " in the S3 bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "S3 bucket " + bucket;
    }

    @Override
    public void close() {
        s3.close();
    }
}
