package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.records.References;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Stores a record once per idempotency key, in ONE conditional PutItem (no transaction, nothing half-written):
 * the record's key is a reference derived from the idempotency key; if that reference is taken by the same
 * submission the existing record is returned, if taken by another one the next candidate is tried.
 */
public final class IdempotentPut {
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String FINGERPRINT = "fingerprint";
    private static final int MAX_CANDIDATES = 8;

    private final DynamoDbClient dynamoDb;

    public IdempotentPut(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** The stored record: its reference, whether this call created it, and its attributes. */
    public record Outcome(String reference, boolean created, Map<String, AttributeValue> item) {}

    /**
     * @param keyAttribute the table's partition key, which holds the reference
     * @param attributes the record's attributes (without the key)
     * @param now what a replay's expiry is compared with
     */
    public Outcome put(
            String table,
            String keyAttribute,
            IdempotencyKey key,
            Map<String, AttributeValue> attributes,
            Instant now) {
        for (int attempt = 0; attempt < MAX_CANDIDATES; attempt++) {
            String reference = References.candidate(key.value(), attempt);
            Map<String, AttributeValue> item = stamped(attributes, keyAttribute, reference, key);
            try {
                putIfAbsent(dynamoDb, table, keyAttribute, item);
                return new Outcome(reference, true, item);
            } catch (ConditionalCheckFailedException taken) {
                Optional<Outcome> replay = DynamoDbCalls.item(dynamoDb, table, keyAttribute, reference, now)
                        .flatMap(existing -> replayOf(key, reference, existing));
                if (replay.isPresent()) {
                    return replay.get();
                }
                // Another submission owns this reference (or it expired between put and get): next candidate.
            }
        }
        throw new IllegalStateException("No free reference after " + MAX_CANDIDATES + " candidates");
    }

    /**
     * The record this submission already stored, if it did: its candidates in order, up to the first one that is
     * free (a replay is never stored past it). A record of the same key with other content is a conflict.
     */
    public Optional<Outcome> find(String table, String keyAttribute, IdempotencyKey key, Instant now) {
        for (int attempt = 0; attempt < MAX_CANDIDATES; attempt++) {
            String reference = References.candidate(key.value(), attempt);
            Optional<Map<String, AttributeValue>> existing =
                    DynamoDbCalls.item(dynamoDb, table, keyAttribute, reference, now);
            if (existing.isEmpty()) {
                return Optional.empty();
            }
            Optional<Outcome> replay = replayOf(key, reference, existing.get());
            if (replay.isPresent()) {
                return replay;
            }
        }
        return Optional.empty();
    }

    /** The record's attributes with its key and what tells its submission apart. */
    static Map<String, AttributeValue> stamped(
            Map<String, AttributeValue> attributes, String keyAttribute, String reference, IdempotencyKey key) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put(keyAttribute, Attributes.s(reference));
        item.put(IDEMPOTENCY_KEY, Attributes.s(key.value()));
        item.put(FINGERPRINT, Attributes.s(key.fingerprint()));
        return item;
    }

    /** Writes the item unless its key is taken ({@link ConditionalCheckFailedException} then). */
    static void putIfAbsent(
            DynamoDbClient dynamoDb, String table, String keyAttribute, Map<String, AttributeValue> item) {
        DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(#key)")
                .expressionAttributeNames(Map.of("#key", keyAttribute))));
    }

    /**
     * The stored record as this submission's outcome if it IS this submission (same key, same content); a record
     * under the same key with other content is a conflict; any other record, empty.
     */
    static Optional<Outcome> replayOf(IdempotencyKey key, String reference, Map<String, AttributeValue> existing) {
        if (!key.value()
                .equals(Attributes.optionalString(existing, IDEMPOTENCY_KEY).orElse(null))) {
            return Optional.empty();
        }
        if (!key.fingerprint()
                .equals(Attributes.optionalString(existing, FINGERPRINT).orElse(null))) {
            throw new IdempotencyConflictException();
        }
        return Optional.of(new Outcome(reference, false, existing));
    }
}
