package fr.conciergeriesolidaire.publisher.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The AWS clients of the publisher, built once per instance: region from the environment, the default credentials
 * chain (static keys only against an emulator), an endpoint override only when configured, and the SDK's standard
 * retries, so that a throttled or dropped call is tried again before a publish fails.
 */
public final class PublisherClients {
    private static final ClientOverrideConfiguration RETRIED = ClientOverrideConfiguration.builder()
            .apiCallAttemptTimeout(Duration.ofSeconds(10))
            .apiCallTimeout(Duration.ofSeconds(30))
            .retryStrategy(RetryMode.STANDARD)
            .build();

    private final PublisherSettings settings;

    public PublisherClients(PublisherSettings settings) {
        this.settings = settings;
    }

    public DynamoDbClient dynamoDb() {
        var builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                .httpClientBuilder(httpClient())
                .overrideConfiguration(RETRIED);
        settings.dynamoDbEndpoint().ifPresent(builder::endpointOverride);
        return builder.credentialsProvider(credentials(settings.dynamoDbEndpoint()))
                .build();
    }

    public S3Client s3() {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                // Checksums only where S3 requires them, in plain bodies: the SDK's default (aws-chunked uploads
                // with trailing checksums) is not understood by every S3 API (s3rver stores the chunk framing).
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // Over plain HTTP (an emulator), the SDK would otherwise sign uploads in aws-chunked frames.
                .serviceConfiguration(
                        S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .httpClientBuilder(httpClient())
                .overrideConfiguration(RETRIED);
        // Emulators answer on one host: bucket names go in the path there.
        settings.s3Endpoint()
                .ifPresent(endpoint -> builder.endpointOverride(endpoint).forcePathStyle(true));
        return builder.credentialsProvider(credentials(settings.s3Endpoint())).build();
    }

    /** CloudFront is global: its API lives in us-east-1 whatever the stack's region. */
    public CloudFrontClient cloudFront() {
        return CloudFrontClient.builder()
                .region(Region.AWS_GLOBAL)
                .httpClientBuilder(httpClient())
                .overrideConfiguration(RETRIED)
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .build();
    }

    private static UrlConnectionHttpClient.Builder httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(10));
    }

    private AwsCredentialsProvider credentials(Optional<URI> emulatorEndpoint) {
        if (emulatorEndpoint.isPresent()
                && settings.accessKey().isPresent()
                && settings.secretKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKey().get(), settings.secretKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
