package fr.conciergeriesolidaire.functions.aws;

import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A table of short-lived requests keyed by {@value #REQUEST_ID} (a sign-in link asked for, a "Mes données" request):
 * each put once (never over another), read while its TTL has not passed, deleted once handled. Its stream (keys only)
 * hands each new request to the function that sends its e-mail; the items' other attributes are their feature's.
 */
public final class RequestTable {
    public static final String REQUEST_ID = "requestId";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public RequestTable(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Puts a new request's item, which holds its {@value #REQUEST_ID}; refused if one with that id exists. */
    public void putNew(Map<String, AttributeValue> item) {
        DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(#key)")
                .expressionAttributeNames(Map.of("#key", REQUEST_ID))));
    }

    /** The request's item, read strongly, unless gone or expired. */
    public Optional<Map<String, AttributeValue>> find(String requestId, Instant now) {
        return DynamoDbCalls.item(dynamoDb, table, REQUEST_ID, requestId, now);
    }

    public void delete(String requestId) {
        DynamoDbCalls.call(() ->
                dynamoDb.deleteItem(delete -> delete.tableName(table).key(Map.of(REQUEST_ID, s(requestId)))));
    }
}
