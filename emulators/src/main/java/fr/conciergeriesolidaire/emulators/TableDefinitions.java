package fr.conciergeriesolidaire.emulators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * Turns the template's {@code AWS::DynamoDB::Table} resources into CreateTable requests. Only what shapes
 * the data is kept (keys, attribute definitions, global secondary indexes); TTL, point-in-time recovery,
 * streams and encryption stay in the template because dynalite rejects or ignores them.
 */
public final class TableDefinitions {
    private TableDefinitions() {}

    /** One request per table, named by {@code tableName} from its logical id. */
    public static Map<String, CreateTableRequest> from(SamTemplate template, Function<String, String> tableName) {
        Map<String, CreateTableRequest> requests = new java.util.LinkedHashMap<>();
        template.tables().forEach((id, properties) -> requests.put(id, request(tableName.apply(id), properties)));
        return requests;
    }

    private static CreateTableRequest request(String name, Map<String, Object> properties) {
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Object index : SamTemplate.list(properties.get("GlobalSecondaryIndexes"))) {
            Map<String, Object> definition = SamTemplate.map(index);
            Map<String, Object> projection = SamTemplate.map(definition.get("Projection"));
            Projection.Builder projected =
                    Projection.builder().projectionType((String) projection.getOrDefault("ProjectionType", "ALL"));
            List<String> nonKeyAttributes = strings(projection.get("NonKeyAttributes"));
            if (!nonKeyAttributes.isEmpty()) {
                projected.nonKeyAttributes(nonKeyAttributes);
            }
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName((String) definition.get("IndexName"))
                    .keySchema(keySchema(definition.get("KeySchema")))
                    .projection(projected.build())
                    .build());
        }
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (Object attribute : SamTemplate.list(properties.get("AttributeDefinitions"))) {
            Map<String, Object> definition = SamTemplate.map(attribute);
            attributes.add(AttributeDefinition.builder()
                    .attributeName((String) definition.get("AttributeName"))
                    .attributeType((String) definition.get("AttributeType"))
                    .build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes)
                .keySchema(keySchema(properties.get("KeySchema")));
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(Object schema) {
        List<KeySchemaElement> keys = new ArrayList<>();
        for (Object key : SamTemplate.list(schema)) {
            Map<String, Object> definition = SamTemplate.map(key);
            keys.add(KeySchemaElement.builder()
                    .attributeName((String) definition.get("AttributeName"))
                    .keyType((String) definition.get("KeyType"))
                    .build());
        }
        return keys;
    }

    private static List<String> strings(Object values) {
        return SamTemplate.list(values).stream().map(String::valueOf).toList();
    }
}
