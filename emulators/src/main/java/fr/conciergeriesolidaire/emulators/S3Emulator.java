package fr.conciergeriesolidaire.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * S3 for tests: s3rver (npm, objects kept in a temporary folder, so a restart after {@link #stop()} finds them) as a
 * child process bound to 127.0.0.1, or the endpoint given in {@value #S3_ENDPOINT} (LocalStack's S3 where Docker
 * exists). The code under test only sees the endpoint.
 */
public final class S3Emulator extends EmulatedService {
    /** The variable the publisher reads too: one name for one endpoint everywhere. */
    public static final String S3_ENDPOINT = "S3_ENDPOINT";

    /** s3rver knows this one key pair only (LocalStack and dynalite take any). */
    public static final String ACCESS_KEY = "S3RVER";

    public static final String SECRET_KEY = "S3RVER";

    private final Path folder;
    private S3Client client;

    private S3Emulator(ServiceProcess process, Path folder) {
        super(process);
        this.folder = folder;
    }

    /** Starts s3rver, unless {@code environment} gives an S3 endpoint. */
    public static S3Emulator start(Map<String, String> environment) {
        Optional<URI> given = Optional.ofNullable(environment.get(S3_ENDPOINT))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(URI::create);
        S3Emulator emulator = given.map(uri -> new S3Emulator(new ExternalEndpoint(uri), null))
                .orElseGet(S3Emulator::s3rver);
        emulator.start();
        return emulator;
    }

    private static S3Emulator s3rver() {
        NodeTools tools = NodeTools.ofRepository().requireNode().ensureInstalled();
        Path folder;
        try {
            folder = Files.createTempDirectory("s3rver");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new S3Emulator(
                new EmulatorProcess(
                        "s3rver",
                        tools.executable("s3rver"),
                        "--address",
                        List.of(
                                "--directory",
                                folder.toString(),
                                "--silent",
                                // It checks version 2 signatures only, and names the version 4 ones mismatched.
                                "--allow-mismatched-signatures")),
                folder);
    }

    /** A client for setting up and inspecting the buckets (the code under test builds its own). */
    public synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder()
                    .endpointOverride(endpoint())
                    .forcePathStyle(true)
                    // Plain bodies: s3rver does not understand aws-chunked uploads with trailing checksums.
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    // Over plain HTTP (an emulator), the SDK would otherwise sign uploads in aws-chunked frames.
                    .serviceConfiguration(S3Configuration.builder()
                            .chunkedEncodingEnabled(false)
                            .build())
                    .region(Region.of(DynamoDbEmulator.REGION))
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .overrideConfiguration(config -> config.apiCallTimeout(Duration.ofSeconds(10)))
                    .build();
        }
        return client;
    }

    /** Endpoint, region and the key pair s3rver accepts, under the names the publisher reads. */
    public Map<String, String> clientEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(S3_ENDPOINT, endpoint().toString());
        environment.put("AWS_REGION", DynamoDbEmulator.REGION);
        environment.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        environment.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        return environment;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
        super.close();
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder: the system cleans it in the end
            }
        }
    }
}
