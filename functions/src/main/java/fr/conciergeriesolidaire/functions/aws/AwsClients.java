package fr.conciergeriesolidaire.functions.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Builds the AWS clients once per function instance, on first use: region from {@code AWS_REGION}, default credentials
 * chain, and an endpoint override only when {@code DYNAMODB_ENDPOINT} / {@code SES_ENDPOINT} is set (emulators).
 * Short timeouts: an API Gateway request waits at most 30 s, and a store that does not answer must become a
 * quick 503, not a hung request.
 */
public final class AwsClients {
    private static final ClientOverrideConfiguration TIMEOUTS = ClientOverrideConfiguration.builder()
            .apiCallAttemptTimeout(Duration.ofSeconds(2))
            .apiCallTimeout(Duration.ofSeconds(6))
            .retryStrategy(RetryMode.STANDARD)
            .build();

    private final Environment environment;
    private final Region region;
    private DynamoDbClient dynamoDb;
    private SesV2Client ses;

    public AwsClients(Environment environment) {
        this.environment = environment;
        this.region = Region.of(environment.required("AWS_REGION"));
    }

    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = buildDynamoDb();
        }
        return dynamoDb;
    }

    public synchronized SesV2Client ses() {
        if (ses == null) {
            ses = buildSes();
        }
        return ses;
    }

    private DynamoDbClient buildDynamoDb() {
        var builder = DynamoDbClient.builder()
                .region(region)
                .httpClientBuilder(httpClient())
                .overrideConfiguration(TIMEOUTS);
        Optional<String> endpoint = environment.optional("DYNAMODB_ENDPOINT");
        endpoint.ifPresent(uri -> builder.endpointOverride(URI.create(uri)));
        return builder.credentialsProvider(credentials(endpoint.isPresent())).build();
    }

    private SesV2Client buildSes() {
        var builder = SesV2Client.builder()
                .region(region)
                .httpClientBuilder(httpClient())
                .overrideConfiguration(config -> config.apiCallAttemptTimeout(Duration.ofSeconds(4))
                        .apiCallTimeout(Duration.ofSeconds(10))
                        .retryStrategy(RetryMode.STANDARD));
        Optional<String> endpoint = environment.optional("SES_ENDPOINT");
        endpoint.ifPresent(uri -> builder.endpointOverride(URI.create(uri)));
        return builder.credentialsProvider(credentials(endpoint.isPresent())).build();
    }

    private static UrlConnectionHttpClient.Builder httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(1))
                .socketTimeout(Duration.ofSeconds(4));
    }

    /**
     * The default chain, except against an emulator whose keys came in the given environment map (the local
     * runner runs handlers in-process and cannot set real environment variables).
     */
    private AwsCredentialsProvider credentials(boolean emulated) {
        Optional<String> key = environment.optional("AWS_ACCESS_KEY_ID");
        Optional<String> secret = environment.optional("AWS_SECRET_ACCESS_KEY");
        if (emulated && key.isPresent() && secret.isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(key.get(), secret.get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
