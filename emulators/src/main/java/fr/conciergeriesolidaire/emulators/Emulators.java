package fr.conciergeriesolidaire.emulators;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Both emulators, started together, and the environment that points AWS SDK clients at them. */
public final class Emulators implements AutoCloseable {
    private final DynamoDbEmulator dynamoDb;
    private final MailEmulator mail;

    private Emulators(DynamoDbEmulator dynamoDb, MailEmulator mail) {
        this.dynamoDb = dynamoDb;
        this.mail = mail;
    }

    /** Installs the npm tools if needed, then starts dynalite in memory and aws-ses-v2-local. */
    public static Emulators startInMemory() {
        NodeTools tools = NodeTools.ofRepository().ensureInstalled();
        return start(DynamoDbEmulator.inMemory(tools), new MailEmulator(tools));
    }

    /** Same, with DynamoDB data kept in {@code folder} across restarts. */
    public static Emulators startPersistent(Path folder) {
        NodeTools tools = NodeTools.ofRepository().ensureInstalled();
        return start(DynamoDbEmulator.persistentIn(tools, folder), new MailEmulator(tools));
    }

    private static Emulators start(DynamoDbEmulator dynamoDb, MailEmulator mail) {
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

    public DynamoDbEmulator dynamoDb() {
        return dynamoDb;
    }

    public MailEmulator mail() {
        return mail;
    }

    /** Endpoint overrides, region and dummy credentials, under the names the functions read. */
    public Map<String, String> clientEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DYNAMODB_ENDPOINT", dynamoDb.endpoint().toString());
        environment.put("SES_ENDPOINT", mail.endpoint().toString());
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
