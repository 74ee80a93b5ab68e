package fr.conciergeriesolidaire.emulators;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * DynamoDB and SES for tests and local runs, and the environment that points AWS SDK clients at them. Each one
 * is the endpoint given in {@value #DYNAMODB_ENDPOINT} / {@value #SES_ENDPOINT} when set (LocalStack in CI: then
 * nothing is started), else an npm emulator started as a child process (dynalite, aws-ses-v2-local).
 */
public final class Emulators implements AutoCloseable {
    /** The variables the functions read too (AwsClients): one name for one endpoint everywhere. */
    public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";

    public static final String SES_ENDPOINT = "SES_ENDPOINT";

    private final DynamoDbEmulator dynamoDb;
    private final MailEmulator mail;

    private Emulators(DynamoDbEmulator dynamoDb, MailEmulator mail) {
        this.dynamoDb = dynamoDb;
        this.mail = mail;
    }

    /** Empty tables (a fresh dynalite in memory, or the given endpoint's tables dropped when created). */
    public static Emulators startInMemory() {
        return start(NodeTools.ofRepository().root(), Optional.empty(), System.getenv());
    }

    /** Same, with dynalite's data kept in {@code folder} across restarts. */
    public static Emulators startPersistent(Path folder) {
        return start(NodeTools.ofRepository().root(), Optional.of(folder), System.getenv());
    }

    /**
     * Starts what {@code environment} does not give as an endpoint.
     *
     * @param repository the folder of package.json, whose npm emulators are installed if needed
     * @param dataFolder where dynalite keeps its data; empty: in memory, and given endpoints' tables start empty
     * @throws NodeMissingException if an emulator must be started and Node.js is missing or too old
     */
    public static Emulators start(Path repository, Optional<Path> dataFolder, Map<String, String> environment) {
        Optional<URI> dynamoDbEndpoint = endpoint(environment, DYNAMODB_ENDPOINT);
        Optional<URI> sesEndpoint = endpoint(environment, SES_ENDPOINT);
        NodeTools tools = dynamoDbEndpoint.isEmpty() || sesEndpoint.isEmpty()
                ? NodeTools.ofRepositoryAbove(repository).requireNode().ensureInstalled()
                : null;
        DynamoDbEmulator dynamoDb = dynamoDbEndpoint
                .map(uri -> DynamoDbEmulator.external(uri, dataFolder.isEmpty()))
                .orElseGet(() -> dataFolder
                        .map(folder -> DynamoDbEmulator.persistentIn(tools, folder))
                        .orElseGet(() -> DynamoDbEmulator.inMemory(tools)));
        MailEmulator mail = sesEndpoint.map(MailEmulator::external).orElseGet(() -> new MailEmulator(tools));
        try {
            dynamoDb.start();
            mail.start();
            return new Emulators(dynamoDb, mail);
        } catch (RuntimeException failed) {
            dynamoDb.close();
            mail.close();
            throw failed;
        }
    }

    private static Optional<URI> endpoint(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(URI::create);
    }

    public DynamoDbEmulator dynamoDb() {
        return dynamoDb;
    }

    public MailEmulator mail() {
        return mail;
    }

    /** Endpoint overrides, region and dummy credentials, under the names the functions read. */
    public Map<String, String> clientEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(DYNAMODB_ENDPOINT, dynamoDb.endpoint().toString());
        environment.put(SES_ENDPOINT, mail.endpoint().toString());
        environment.put("AWS_REGION", DynamoDbEmulator.REGION);
        environment.put("AWS_ACCESS_KEY_ID", DynamoDbEmulator.ACCESS_KEY);
        environment.put("AWS_SECRET_ACCESS_KEY", DynamoDbEmulator.SECRET_KEY);
        return environment;
    }

    @Override
    public void close() {
        try {
            mail.close();
        } finally {
            dynamoDb.close();
        }
    }
}
