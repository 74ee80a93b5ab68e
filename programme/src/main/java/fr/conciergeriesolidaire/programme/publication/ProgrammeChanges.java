package fr.conciergeriesolidaire.programme.publication;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The entry point that asks for the site to be published again: whoever changes the programme (the back-office
 * after each saved event, the seed import) calls {@link #record} once the change is stored. It counts the change
 * on one item of the publication table (template.yaml's PublicationTable); that item's stream starts the publisher,
 * which waits until the changes stop for a moment, builds from the events table and remembers which count it
 * published (in its manifest). A change is therefore never lost: a count the publisher has not published yet
 * starts it again, and the site it builds reads the table after the change.
 *
 * <p>Item ({@value #TOPIC_KEY} = {@value #PROGRAMME}): {@code changes} (N, one more per change), {@code changedAt}
 * (UTC ISO-8601, the last change).
 */
public final class ProgrammeChanges {
    public static final String TOPIC_KEY = "topic";
    public static final String PROGRAMME = "programme";
    private static final String CHANGES = "changes";
    private static final String CHANGED_AT = "changedAt";

    /** How many changes were recorded, and when the last one was (null before the first). */
    public record Count(long changes, Instant changedAt) {}

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public ProgrammeChanges(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /** Counts one change of the programme, made at {@code at}; one unconditional update, safe to repeat. */
    public Count record(Instant at) {
        Map<String, AttributeValue> after = dynamoDb.updateItem(update -> update.tableName(tableName)
                        .key(key())
                        .updateExpression("ADD #changes :one SET #changedAt = :at")
                        .expressionAttributeNames(Map.of("#changes", CHANGES, "#changedAt", CHANGED_AT))
                        .expressionAttributeValues(
                                Map.of(":one", AttributeValue.fromN("1"), ":at", AttributeValue.fromS(at.toString())))
                        .returnValues("ALL_NEW"))
                .attributes();
        return count(after);
    }

    /** The count now (read consistently). */
    public Count read() {
        GetItemResponse response =
                dynamoDb.getItem(get -> get.tableName(tableName).key(key()).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? count(response.item()) : new Count(0, null);
    }

    private static Map<String, AttributeValue> key() {
        return Map.of(TOPIC_KEY, AttributeValue.fromS(PROGRAMME));
    }

    private static Count count(Map<String, AttributeValue> item) {
        return new Count(
                Long.parseLong(item.get(CHANGES).n()),
                Instant.parse(item.get(CHANGED_AT).s()));
    }
}
