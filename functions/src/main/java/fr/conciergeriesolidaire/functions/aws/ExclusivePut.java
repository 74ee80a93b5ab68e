package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.SubmissionLimitReachedException;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Stores a record once per submission AND at most one blocking record per thing (one pending sign-up per
 * company site), with ONE conditional PutItem and no transaction (dynalite has none).
 *
 * <p>Each thing owns a fixed row of {@value #SLOTS} slots: references derived from the thing, so every submission
 * about it computes the same ones. A submission reads the whole row (one strongly consistent BatchGetItem):
 * its own record there is a replay; a blocking record of the thing refuses it; otherwise it writes into the slot
 * after the last one taken, on condition that the slot is still free. Two concurrent submissions aim at the same
 * slot, so the condition lets exactly one in; the other reads the row again and finds the winner. Reading the
 * whole row, not the first free slot, matters: a record that expired (TTL) leaves a hole BEFORE later records,
 * and a blocking record after a hole must still be seen.
 */
public final class ExclusivePut {
    static final int SLOTS = 16;
    /** Rounds of read-then-put under contention; each round has a winner, so two are enough in practice. */
    private static final int MAX_ROUNDS = 4;

    private static final String THING = "exclusiveThing";

    private final DynamoDbClient dynamoDb;

    public ExclusivePut(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /**
     * @param thingHash what may have only one blocking record (e.g. the SIRET and the normalised site address), as a
     *     keyed hash ({@code IdempotencyKeys.thing})
     * @param blocks whether a stored record of the thing stops a new one (e.g. it is still awaiting review)
     * @param blocked the refusal, given the blocking record's reference
     * @param attributes the record's attributes (without the key)
     * @param now what the expiry of the records already there is compared with
     */
    /** The record this submission already stored among the thing's, if it did (a conflict if its content differs). */
    public Optional<IdempotentPut.Outcome> find(
            String table, String keyAttribute, IdempotencyKey key, String thingHash, Instant now) {
        for (Map.Entry<Integer, Map<String, AttributeValue>> slot :
                live(row(table, keyAttribute, thingHash), now).entrySet()) {
            Optional<IdempotentPut.Outcome> replay =
                    IdempotentPut.replayOf(key, reference(thingHash, slot.getKey()), slot.getValue());
            if (replay.isPresent()) {
                return replay;
            }
        }
        return Optional.empty();
    }

    public IdempotentPut.Outcome put(
            String table,
            String keyAttribute,
            IdempotencyKey key,
            String thingHash,
            Predicate<Map<String, AttributeValue>> blocks,
            Function<String, RuntimeException> blocked,
            Map<String, AttributeValue> attributes,
            Instant now) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            TreeMap<Integer, Map<String, AttributeValue>> row = row(table, keyAttribute, thingHash);
            Map<Integer, Map<String, AttributeValue>> live = live(row, now);
            for (Map.Entry<Integer, Map<String, AttributeValue>> slot : live.entrySet()) {
                String reference = reference(thingHash, slot.getKey());
                Optional<IdempotentPut.Outcome> replay = IdempotentPut.replayOf(key, reference, slot.getValue());
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            Optional<Integer> blocking = live.entrySet().stream()
                    .filter(slot -> isOf(slot.getValue(), thingHash) && blocks.test(slot.getValue()))
                    .map(Map.Entry::getKey)
                    .min(Comparator.naturalOrder());
            if (blocking.isPresent()) {
                throw blocked.apply(reference(thingHash, blocking.get()));
            }
            int free = row.isEmpty() ? 0 : row.lastKey() + 1;
            if (free >= SLOTS) {
                throw new SubmissionLimitReachedException();
            }
            String reference = reference(thingHash, free);
            Map<String, AttributeValue> withThing = new HashMap<>(attributes);
            withThing.put(THING, Attributes.s(thingHash));
            Map<String, AttributeValue> item = IdempotentPut.stamped(withThing, keyAttribute, reference, key);
            try {
                IdempotentPut.putIfAbsent(dynamoDb, table, keyAttribute, item);
                return new IdempotentPut.Outcome(reference, true, item);
            } catch (ConditionalCheckFailedException takenMeanwhile) {
                // Another submission got there first: read the row again and see who.
            }
        }
        // Each round has a winner, so this takes more concurrent submissions of one thing than slots: busy, not broken.
        throw new StorageUnavailableException(new IllegalStateException("Too much contention on one thing"));
    }

    private static String reference(String thingHash, int slot) {
        return References.candidate(thingHash, slot);
    }

    /** An expired record is no replay and blocks nothing, though its slot stays taken until DynamoDB deletes it. */
    private static Map<Integer, Map<String, AttributeValue>> live(
            TreeMap<Integer, Map<String, AttributeValue>> row, Instant now) {
        Map<Integer, Map<String, AttributeValue>> live = new TreeMap<>(row);
        live.values().removeIf(item -> Expiry.hasPassed(item, now));
        return live;
    }

    /** A slot's reference may (very rarely) be another thing's: only the thing's own records can block. */
    private static boolean isOf(Map<String, AttributeValue> item, String thingHash) {
        return thingHash.equals(Attributes.optionalString(item, THING).orElse(null));
    }

    /** The taken slots of the thing, by slot number. */
    private TreeMap<Integer, Map<String, AttributeValue>> row(String table, String keyAttribute, String thingHash) {
        Map<String, Integer> slotOf = new HashMap<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            String reference = reference(thingHash, slot);
            slotOf.put(reference, slot);
            keys.add(Map.of(keyAttribute, Attributes.s(reference)));
        }
        TreeMap<Integer, Map<String, AttributeValue>> row = new TreeMap<>();
        Map<String, KeysAndAttributes> request = Map.of(
                table,
                KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        for (int call = 0; !request.isEmpty(); call++) {
            if (call == MAX_ROUNDS) {
                // DynamoDB kept keys unprocessed (throttled): as unavailable as an error would be.
                throw new StorageUnavailableException(new IllegalStateException("Unprocessed keys"));
            }
            Map<String, KeysAndAttributes> pending = request;
            BatchGetItemResponse response =
                    DynamoDbCalls.call(() -> dynamoDb.batchGetItem(get -> get.requestItems(pending)));
            response.responses()
                    .getOrDefault(table, List.of())
                    .forEach(item -> row.put(slotOf.get(Attributes.string(item, keyAttribute)), item));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return row;
    }
}
