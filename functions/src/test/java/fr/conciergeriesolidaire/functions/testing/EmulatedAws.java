package fr.conciergeriesolidaire.functions.testing;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.emulators.StreamEvents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The integration tests' world: dynalite and aws-ses-v2-local started as child processes, the tables of
 * template.yaml created in them, and each function's environment resolved from the template, so the
 * handlers run through the very configuration path they use in AWS.
 */
public class EmulatedAws implements AutoCloseable {
    public static final String HASH_SECRET = "integration-tests-secret-of-32-characters-at-least";
    /** The deployment's first admin (parameter AdminEmail) in the integration tests. */
    public static final String ADMIN_EMAIL = "premiere.admin@exemple.fr";

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
            if (reference != null && tableNames.containsKey(reference)) {
                return tableNames.get(reference);
            }
            if ("OriginSecret".equals(reference)) {
                // No CloudFront in front of the tests: requests reach the functions directly (see OriginGateIT).
                return "";
            }
            if ("AdminEmail".equals(reference)) {
                return ADMIN_EMAIL;
            }
            if (reference != null && template.parameters().contains(reference)) {
                // Secrets and settings: their default, or one test value (HashSecret must be long enough).
                return Objects.requireNonNullElse(template.parameterDefault(reference), HASH_SECRET);
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

    /** The logical id of every table of template.yaml. */
    public Set<String> tableIds() {
        return Set.copyOf(tableNames.keySet());
    }

    /** The name the table of that logical id got in the emulator. */
    public String tableName(String tableId) {
        return tableNames.get(tableId);
    }

    public List<SentMail> sentMails() {
        return emulators.mail().sentMails();
    }

    /**
     * What a table's stream would deliver for these stored items (dynalite has no streams): their keys only, as
     * template.yaml's streams carry (TemplateTablesTest holds them at KEYS_ONLY).
     */
    public static DynamodbEvent insertEvent(List<Map<String, AttributeValue>> items) {
        return StreamEvents.inserts(items, List.of("reference"), StreamViewType.KEYS_ONLY, 100);
    }

    @Override
    public void close() {
        emulators.close();
    }
}
