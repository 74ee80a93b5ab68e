package fr.conciergeriesolidaire.emulators;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * DynamoDB for tests and local runs: dynalite (DynamoDB on LevelDB) as a child process, in memory or persisted in
 * a folder, or an endpoint given from outside (LocalStack).
 */
public final class DynamoDbEmulator extends EmulatedService {
    /** Credentials and region the emulators accept; any non-empty values do. */
    public static final String REGION = "eu-west-3";

    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    /** Whether tables left from an earlier run are dropped when created, as in a fresh in-memory emulator. */
    private final boolean startsEmpty;
    /** Tables this instance created, never dropped again by it. */
    private final Set<String> created = new HashSet<>();

    private DynamoDbClient client;

    private DynamoDbEmulator(ServiceProcess process, boolean startsEmpty) {
        super(process);
        this.startsEmpty = startsEmpty;
    }

    private static ServiceProcess dynalite(NodeTools tools, List<String> arguments) {
        return new EmulatorProcess("dynalite", tools.executable("dynalite"), "--host", withInstantTables(arguments));
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
        return new DynamoDbEmulator(dynalite(tools, List.of()), true);
    }

    /** Data survives restarts in that folder. */
    public static DynamoDbEmulator persistentIn(NodeTools tools, Path folder) {
        return new DynamoDbEmulator(
                dynalite(tools, List.of("--path", folder.toAbsolutePath().toString())), false);
    }

    /**
     * A DynamoDB endpoint run by someone else. {@code startsEmpty}: the template's tables are dropped and created
     * again by {@link #createTables}, so a test class sees empty tables as it would with a fresh dynalite.
     */
    public static DynamoDbEmulator external(URI endpoint, boolean startsEmpty) {
        return new DynamoDbEmulator(new ExternalEndpoint(endpoint), startsEmpty);
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
     * Creates the template's tables that do not exist yet, named by {@code tableName} from their logical ids (an
     * emulator that starts empty first drops those it finds from an earlier run).
     *
     * @return the table name of each logical id
     */
    public synchronized Map<String, String> createTables(SamTemplate template, Function<String, String> tableName) {
        Map<String, CreateTableRequest> requests = TableDefinitions.from(template, tableName);
        Map<String, String> names = new LinkedHashMap<>();
        requests.forEach((id, request) -> {
            String table = request.tableName();
            names.put(id, table);
            if (startsEmpty && !created.contains(table) && exists(table)) {
                client().deleteTable(delete -> delete.tableName(table));
                awaitDeleted(table);
            }
            if (!exists(table)) {
                client().createTable(request);
                awaitActive(table);
                created.add(table);
            }
        });
        return names;
    }

    /** Whether it answers a cheap call right now (the local runner's health check). */
    public boolean isReachable() {
        try {
            client().listTables(list -> list.limit(1));
            return true;
        } catch (RuntimeException unreachable) {
            return false;
        }
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
        await(
                table,
                "become active",
                () -> client().describeTable(request -> request.tableName(table))
                                .table()
                                .tableStatus()
                        == TableStatus.ACTIVE);
    }

    private void awaitDeleted(String table) {
        await(table, "disappear", () -> !exists(table));
    }

    private static void await(String table, String what, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Table " + table + " did not " + what);
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
