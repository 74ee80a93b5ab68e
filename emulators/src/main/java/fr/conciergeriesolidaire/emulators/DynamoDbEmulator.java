package fr.conciergeriesolidaire.emulators;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** dynalite (DynamoDB on LevelDB) as a child process: in memory, or persisted in a folder. */
public final class DynamoDbEmulator extends ChildEmulator {
    /** Credentials and region the emulators accept; any non-empty values do. */
    public static final String REGION = "eu-west-3";

    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    private DynamoDbClient client;

    private DynamoDbEmulator(NodeTools tools, List<String> arguments) {
        super(new EmulatorProcess("dynalite", tools.executable("dynalite"), withInstantTables(arguments)));
    }

    /** dynalite simulates table creation delays (500 ms by default): none are wanted here. */
    private static List<String> withInstantTables(List<String> arguments) {
        List<String> all =
                new ArrayList<>(List.of("--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        all.addAll(arguments);
        return all;
    }

    /** Data lives as long as the process: a restart starts empty. */
    public static DynamoDbEmulator inMemory(NodeTools tools) {
        return new DynamoDbEmulator(tools, List.of());
    }

    /** Data survives restarts in that folder. */
    public static DynamoDbEmulator persistentIn(NodeTools tools, Path folder) {
        return new DynamoDbEmulator(
                tools, List.of("--path", folder.toAbsolutePath().toString()));
    }

    /** A client for setting up and inspecting the emulator (the code under test builds its own). */
    public synchronized DynamoDbClient client() {
        if (client == null) {
            client = DynamoDbClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(REGION))
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .overrideConfiguration(config -> config.apiCallTimeout(Duration.ofSeconds(10)))
                    .build();
        }
        return client;
    }

    /**
     * Creates the template's tables that do not exist yet, named by {@code tableName} from their logical ids.
     *
     * @return the table name of each logical id
     */
    public Map<String, String> createTables(SamTemplate template, Function<String, String> tableName) {
        Map<String, CreateTableRequest> requests = TableDefinitions.from(template, tableName);
        Map<String, String> names = new LinkedHashMap<>();
        requests.forEach((id, request) -> {
            names.put(id, request.tableName());
            if (!exists(request.tableName())) {
                client().createTable(request);
                awaitActive(request.tableName());
            }
        });
        return names;
    }

    private boolean exists(String table) {
        try {
            client().describeTable(request -> request.tableName(table));
            return true;
        } catch (ResourceNotFoundException absent) {
            return false;
        }
    }

    private void awaitActive(String table) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (client().describeTable(request -> request.tableName(table))
                        .table()
                        .tableStatus()
                != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Table " + table + " did not become active");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
        super.close();
    }
}
