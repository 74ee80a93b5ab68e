package fr.conciergeriesolidaire.local.streams;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a table's stream would have carried since it was last read, found without streams (dynalite has none): the
 * keys now in the table that were not there, or not yet delivered, before. Only inserts: updates and deletions are
 * not seen, which is all the template's stream filters let through anyway ({@code eventName: INSERT}).
 */
final class TableStream {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final List<String> keyAttributes;
    private final Set<Map<String, AttributeValue>> delivered = new HashSet<>();

    TableStream(DynamoDbClient dynamoDb, String table, List<String> keyAttributes) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.keyAttributes = List.copyOf(keyAttributes);
    }

    List<String> keyAttributes() {
        return keyAttributes;
    }

    /** Items already stored when the runner starts are old news: a stream would have delivered them long ago. */
    void skipExisting() {
        delivered.addAll(keys());
    }

    /** The whole items whose keys appeared since, in no particular order. */
    List<Map<String, AttributeValue>> newItems() {
        return keys().stream()
                .filter(key -> !delivered.contains(key))
                .map(key -> dynamoDb.getItem(
                                get -> get.tableName(table).key(key).consistentRead(true))
                        .item())
                .filter(item -> item != null && !item.isEmpty())
                .toList();
    }

    void markDelivered(Map<String, AttributeValue> item) {
        delivered.add(keyOf(item));
    }

    Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        keyAttributes.forEach(name -> key.put(name, item.get(name)));
        return key;
    }

    private Set<Map<String, AttributeValue>> keys() {
        Map<String, String> names = new HashMap<>();
        StringBuilder projection = new StringBuilder();
        for (int index = 0; index < keyAttributes.size(); index++) {
            // Aliased: key names may be DynamoDB reserved words.
            names.put("#k" + index, keyAttributes.get(index));
            projection.append(index == 0 ? "" : ",").append("#k").append(index);
        }
        Set<Map<String, AttributeValue>> keys = new HashSet<>();
        dynamoDb.scanPaginator(scan -> scan.tableName(table)
                        .projectionExpression(projection.toString())
                        .expressionAttributeNames(names)
                        .consistentRead(true))
                .items()
                .forEach(item -> keys.add(keyOf(item)));
        return keys;
    }
}
