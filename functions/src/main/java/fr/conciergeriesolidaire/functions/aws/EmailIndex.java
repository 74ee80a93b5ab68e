package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A table's {@value EmailKeys#INDEX} index (keys only: the records' personal data is not copied into it): the keys of
 * the records holding one e-mail key. The index follows the table within a second or so; each caller reads the record
 * itself, strongly, and checks it still holds the key.
 */
public final class EmailIndex {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String keyAttribute;

    public EmailIndex(DynamoDbClient dynamoDb, String table, String keyAttribute) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.keyAttribute = keyAttribute;
    }

    /** The keys of the records whose {@value EmailKeys#ATTRIBUTE} is {@code emailHash}. */
    public List<String> keys(String emailHash) {
        List<String> keys = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                    .indexName(EmailKeys.INDEX)
                    .keyConditionExpression("#email = :email")
                    .expressionAttributeNames(Map.of("#email", EmailKeys.ATTRIBUTE))
                    .expressionAttributeValues(Map.of(":email", Attributes.s(emailHash)))
                    .exclusiveStartKey(from)));
            page.items().forEach(item -> keys.add(Attributes.string(item, keyAttribute)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return keys;
    }

    /** The records holding that e-mail key, each read by {@code find} (strongly, as stored now; absent once gone). */
    public <T> List<T> records(String emailHash, Function<String, Optional<T>> find) {
        return keys(emailHash).stream().map(find).flatMap(Optional::stream).toList();
    }

    /**
     * Deletes the record {@code key} on condition that it still holds that e-mail key (an erasure repeated, or aimed at
     * someone else's record, deletes nothing).
     *
     * @return false when no record of that key holds it
     */
    public boolean deleteHolding(String key, String emailHash) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.deleteItem(delete -> delete.tableName(table)
                    .key(Map.of(keyAttribute, Attributes.s(key)))
                    .conditionExpression("#email = :email")
                    .expressionAttributeNames(Map.of("#email", EmailKeys.ATTRIBUTE))
                    .expressionAttributeValues(Map.of(":email", Attributes.s(emailHash)))));
            return true;
        } catch (ConditionalCheckFailedException notTheirs) {
            return false;
        }
    }
}
