package fr.conciergeriesolidaire.functions.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * What reading the two secrets from SSM Parameter Store (SecureString) would add to a cold start, on this machine:
 * a fresh JVM builds the DynamoDB client every function builds, then an SSM client, and asks for two parameters
 * against an address that refuses the connection at once, so every cost but AWS's own answer (some 10 to 30 ms
 * inside a region) is measured, against the same JVM building only the DynamoDB client. Run by itself:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -cp (test classpath) ...SecretsCostProbe [ssm|none] </pre>
 *
 * and {@code main} with no argument runs both, nine times each, interleaved, in fresh JVMs.
 */
public final class SecretsCostProbe {
    private SecretsCostProbe() {}

    public static void main(String[] arguments) throws Exception {
        if (arguments.length == 1) {
            long start = System.nanoTime();
            // What every function builds anyway: the SDK's core is loaded by its DynamoDB client.
            DynamoDbClient.builder()
                    .region(Region.EU_WEST_3)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build()
                    .close();
            if (arguments[0].equals("ssm")) {
                readSecrets();
            }
            System.out.println((System.nanoTime() - start) / 1_000_000);
            return;
        }
        Map<String, List<Long>> runs = Map.of("ssm", new ArrayList<>(), "none", new ArrayList<>());
        for (int run = 0; run < 9; run++) {
            for (String probe : List.of("ssm", "none")) {
                long start = System.nanoTime();
                Process process = new ProcessBuilder(
                                ProcessHandle.current().info().command().orElse("java"),
                                "-XX:+TieredCompilation",
                                "-XX:TieredStopAtLevel=1",
                                "-XX:ActiveProcessorCount=1",
                                "-cp",
                                System.getProperty("java.class.path"),
                                SecretsCostProbe.class.getName(),
                                probe)
                        .redirectErrorStream(true)
                        .start();
                process.getInputStream().readAllBytes();
                process.waitFor();
                runs.get(probe).add((System.nanoTime() - start) / 1_000_000);
            }
        }
        runs.forEach((probe, walls) -> System.out.println(probe + " wall ms, median " + median(walls) + " " + walls));
        System.out.println("SSM costs a cold start (medians): " + (median(runs.get("ssm")) - median(runs.get("none")))
                + " ms, without AWS's answer");
    }

    private static void readSecrets() {
        try (SsmClient ssm = SsmClient.builder()
                .region(Region.EU_WEST_3)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofMillis(200)))
                .overrideConfiguration(
                        config -> config.retryStrategy(software.amazon.awssdk.core.retry.RetryMode.STANDARD)
                                .apiCallAttemptTimeout(Duration.ofMillis(300)))
                .build()) {
            for (String name : List.of("/conciergerie/hash-secret", "/conciergerie/origin-secret")) {
                try {
                    ssm.getParameter(get -> get.name(name).withDecryption(true));
                } catch (SdkClientException refused) {
                    // no SSM here: the connection is refused once the whole request is built, signed and sent
                }
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
