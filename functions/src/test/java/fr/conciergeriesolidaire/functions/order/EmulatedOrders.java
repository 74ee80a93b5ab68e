package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.emulators.StreamEvents;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The integration tests' world: dynalite and aws-ses-v2-local started as child processes, the tables of
 * template.yaml created in them, and each function's environment resolved from the template, so the
 * handlers run through the very configuration path they use in AWS.
 */
final class EmulatedOrders implements AutoCloseable {
    static final String HASH_SECRET = "integration-tests-secret-of-32-characters-at-least";

    private final Emulators emulators;
    private final SamTemplate template;
    private final Map<String, String> tableNames;

    private EmulatedOrders(Emulators emulators) {
        this.emulators = emulators;
        this.template = SamTemplate.read(NodeTools.ofRepository().root().resolve("template.yaml"));
        this.tableNames = emulators.dynamoDb().createTables(template, id -> id);
    }

    static EmulatedOrders inMemory() {
        return new EmulatedOrders(Emulators.startInMemory());
    }

    static EmulatedOrders persistentIn(Path folder) {
        return new EmulatedOrders(Emulators.startPersistent(folder));
    }

    Emulators emulators() {
        return emulators;
    }

    /** The environment template.yaml gives that function, pointed at the emulators. */
    Map<String, String> environmentOf(String functionId) {
        Map<String, String> environment = new HashMap<>(template.environment(functionId, intrinsic -> {
            String reference = intrinsic.reference();
            if (reference != null && tableNames.containsKey(reference)) {
                return tableNames.get(reference);
            }
            if (reference != null && template.parameters().contains(reference)) {
                // Secrets and settings: one test value each (HashSecret must be long enough).
                return Objects.requireNonNullElse(template.parameterDefault(reference), HASH_SECRET);
            }
            throw new IllegalArgumentException("Unresolvable in tests: " + intrinsic);
        }));
        environment.putAll(emulators.clientEnvironment());
        return environment;
    }

    OrderSubmissionHandler submissionHandler(Clock clock) {
        return new OrderSubmissionHandler(environmentOf("OrderSubmissionFunction"), clock);
    }

    OrderNotifierHandler notifierHandler(Clock clock) {
        return new OrderNotifierHandler(environmentOf("OrderNotifierFunction"), clock);
    }

    OrderSweeperHandler sweeperHandler(Clock clock) {
        return new OrderSweeperHandler(environmentOf("NotificationSweeperFunction"), clock);
    }

    OrderConfirmationHandler confirmationHandler() {
        return new OrderConfirmationHandler(environmentOf("OrderConfirmationFunction"));
    }

    List<Map<String, AttributeValue>> storedOrders() {
        return emulators
                .dynamoDb()
                .client()
                .scanPaginator(
                        scan -> scan.tableName(tableNames.get("OrdersTable")).consistentRead(true))
                .items()
                .stream()
                .toList();
    }

    List<Map<String, AttributeValue>> rateLimitCounters() {
        return emulators
                .dynamoDb()
                .client()
                .scanPaginator(scan -> scan.tableName(tableNames.get("RateLimitsTable")))
                .items()
                .stream()
                .toList();
    }

    Map<String, AttributeValue> storedOrder(String reference) {
        return emulators
                .dynamoDb()
                .client()
                .getItem(get -> get.tableName(tableNames.get("OrdersTable"))
                        .key(Map.of("reference", AttributeValue.fromS(reference)))
                        .consistentRead(true))
                .item();
    }

    List<SentMail> sentMails() {
        return emulators.mail().sentMails();
    }

    /** What the orders table's stream would deliver for these stored items (dynalite has no streams). */
    static DynamodbEvent insertEvent(List<Map<String, AttributeValue>> items) {
        return StreamEvents.inserts(items, List.of(OrderItemMapper.REFERENCE), StreamViewType.NEW_IMAGE, 100);
    }

    @Override
    public void close() {
        emulators.close();
    }
}
