package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.functions.privacy.EmailKeyBackfill;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The e-mail key added to a table's records stored before they had one: one Scan of the records without it (a
 * one-shot, the only scan of a records table: no screen reads this way), then, for each, one conditional update that
 * sets the key computed from the address the record holds (at {@code contact.email}, {@code customer.email}...),
 * unless the record is gone or keyed meanwhile. A run that reaches its deadline leaves the rest to the next one.
 */
public final class DynamoDbEmailKeyBackfill implements EmailKeyBackfill {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String keyAttribute;
    private final String kind;
    private final String contactAttribute;
    private final EmailKeys keys;
    private final Clock clock;

    /** @param contactAttribute the map attribute whose {@code email} is the person's address */
    public DynamoDbEmailKeyBackfill(
            DynamoDbClient dynamoDb,
            String table,
            String keyAttribute,
            String kind,
            String contactAttribute,
            EmailKeys keys,
            Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.keyAttribute = keyAttribute;
        this.kind = kind;
        this.contactAttribute = contactAttribute;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Outcome run(Instant deadline) {
        int examined = 0;
        int keyed = 0;
        Map<String, AttributeValue> start = null;
        do {
            if (clock.instant().isAfter(deadline)) {
                return new Outcome(kind, examined, keyed, false);
            }
            Map<String, AttributeValue> from = start;
            ScanResponse page = DynamoDbCalls.call(() -> dynamoDb.scan(scan -> scan.tableName(table)
                    .filterExpression("attribute_not_exists(#hash) AND attribute_exists(#contact.#email)")
                    .projectionExpression("#key, #contact.#email")
                    .expressionAttributeNames(Map.of(
                            "#hash",
                            EmailKeys.ATTRIBUTE,
                            "#contact",
                            contactAttribute,
                            "#email",
                            "email",
                            "#key",
                            keyAttribute))
                    .consistentRead(true)
                    .exclusiveStartKey(from)));
            for (Map<String, AttributeValue> item : page.items()) {
                examined++;
                Optional<String> hash = Attributes.optionalString(Attributes.map(item, contactAttribute), "email")
                        .flatMap(keys::of);
                if (hash.isPresent() && key(Attributes.string(item, keyAttribute), hash.get())) {
                    keyed++;
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return new Outcome(kind, examined, keyed, true);
    }

    private boolean key(String key, String hash) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                    .key(Map.of(keyAttribute, Attributes.s(key)))
                    .updateExpression("SET #hash = :hash")
                    // Never brings back an erased record, never replaces a key written since.
                    .conditionExpression("attribute_exists(#key) AND attribute_not_exists(#hash)")
                    .expressionAttributeNames(Map.of("#hash", EmailKeys.ATTRIBUTE, "#key", keyAttribute))
                    .expressionAttributeValues(Map.of(":hash", Attributes.s(hash)))));
            return true;
        } catch (ConditionalCheckFailedException goneOrKeyed) {
            return false;
        }
    }
}
