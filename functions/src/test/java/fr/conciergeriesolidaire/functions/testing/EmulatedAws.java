package fr.conciergeriesolidaire.functions.testing;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The integration tests' world: dynalite and aws-ses-v2-local started as child processes, the tables of
 * template.yaml created in them, and each function's environment resolved from the template, so the
 * handlers run through the very configuration path they use in AWS.
 */
public class EmulatedAws implements AutoCloseable {
    public static final String HASH_SECRET = "integration-tests-secret-of-32-characters-at-least";

    private final Emulators emulators;
    private final SamTemplate template;
    private final Map<String, String> tableNames;

    protected EmulatedAws(Emulators emulators) {
        this.emulators = emulators;
        this.template = SamTemplate.read(NodeTools.ofRepository().root().resolve("template.yaml"));
        this.tableNames = emulators.dynamoDb().createTables(template, id -> id);
    }

    /** Emulators holding their data in memory, for one test class. */
    public static EmulatedAws inMemory() {
        return new EmulatedAws(Emulators.startInMemory());
    }

    public Emulators emulators() {
        return emulators;
    }

    /** The environment template.yaml gives that function, pointed at the emulators. */
    public Map<String, String> environmentOf(String functionId) {
        Map<String, String> environment = new HashMap<>(template.environment(functionId, intrinsic -> {
            String reference = intrinsic.reference();
            if ("HashSecret".equals(reference)) {
                return HASH_SECRET;
            }
            if (reference != null && tableNames.containsKey(reference)) {
                return tableNames.get(reference);
            }
            throw new IllegalArgumentException("Unresolvable in tests: " + intrinsic);
        }));
        environment.putAll(emulators.clientEnvironment());
        return environment;
    }

    /** Every item of a table of template.yaml (by logical id), read consistently. */
    public List<Map<String, AttributeValue>> items(String tableId) {
        return emulators
                .dynamoDb()
                .client()
                .scanPaginator(scan -> scan.tableName(tableNames.get(tableId)).consistentRead(true))
                .items()
                .stream()
                .toList();
    }

    /** One item of a table of template.yaml keyed by "reference", as stored now. */
    public Map<String, AttributeValue> item(String tableId, String reference) {
        return emulators
                .dynamoDb()
                .client()
                .getItem(get -> get.tableName(tableNames.get(tableId))
                        .key(Map.of("reference", AttributeValue.fromS(reference)))
                        .consistentRead(true))
                .item();
    }

    /** The name the table of that logical id got in the emulator. */
    public String tableName(String tableId) {
        return tableNames.get(tableId);
    }

    public List<SentMail> sentMails() {
        return emulators.mail().sentMails();
    }

    /** What a table's stream would deliver for these stored items (dynalite has no streams). */
    public static DynamodbEvent insertEvent(List<Map<String, AttributeValue>> items) {
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        int sequence = 100;
        for (Map<String, AttributeValue> item : items) {
            StreamRecord stream = new StreamRecord()
                    .withKeys(Map.of("reference", toStream(item.get("reference"))))
                    .withNewImage(toStream(item))
                    .withSequenceNumber(Integer.toString(sequence++))
                    .withStreamViewType(
                            com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.NEW_IMAGE);
            DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventName("INSERT");
            record.setEventSource("aws:dynamodb");
            record.setDynamodb(stream);
            records.add(record);
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }

    private static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toStream(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image =
                new HashMap<>();
        item.forEach((name, value) -> image.put(name, toStream(value)));
        return image;
    }

    private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toStream(
            AttributeValue value) {
        var converted = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        if (value.s() != null) {
            converted.setS(value.s());
        } else if (value.n() != null) {
            converted.setN(value.n());
        } else if (value.bool() != null) {
            converted.setBOOL(value.bool());
        } else if (value.hasM()) {
            converted.setM(toStream(value.m()));
        } else if (value.hasL()) {
            converted.setL(value.l().stream().map(EmulatedAws::toStream).toList());
        }
        return converted;
    }

    @Override
    public void close() {
        emulators.close();
    }
}
