package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.EmailIndex;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.IdempotentPut;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Orders in the DynamoDB table named by {@code ORDERS_TABLE}, keyed by reference ({@link OrderItemMapper}). An order
 * past its retention is absent, even before DynamoDB's TTL deletes it.
 */
final class DynamoDbOrderStore implements OrderStore {
    /** BatchGetItem reads at most 100 keys per call. */
    private static final int BATCH = 100;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final IdempotentPut put;
    private final EmailIndex byEmail;
    private final Retention retention;
    private final Duration sweeperGrace;
    private final Clock clock;

    /** @param sweeperGrace how long the sweeper leaves a new order's e-mails to the stream notifier */
    DynamoDbOrderStore(DynamoDbClient dynamoDb, String table, Retention retention, Duration sweeperGrace, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.put = new IdempotentPut(dynamoDb);
        this.byEmail = new EmailIndex(dynamoDb, table, OrderItemMapper.REFERENCE);
        this.retention = retention;
        this.sweeperGrace = sweeperGrace;
        this.clock = clock;
    }

    @Override
    public Optional<Placement> replay(IdempotencyKey key, Instant now) {
        return put.find(table, OrderItemMapper.REFERENCE, key, now).map(DynamoDbOrderStore::placement);
    }

    @Override
    public Placement place(OrderRequest request, IdempotencyKey key, OrderKeys keys, Instant now) {
        var item = OrderItemMapper.toItem(request, keys, now, retention.orderExpiry(now), now.plus(sweeperGrace));
        return placement(put.put(table, OrderItemMapper.REFERENCE, key, item, now));
    }

    @Override
    public Optional<StoredOrder> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, OrderItemMapper.REFERENCE, reference, clock.instant())
                .map(OrderItemMapper::fromItem);
    }

    @Override
    public List<StoredOrder> findAll(Collection<String> references) {
        Instant now = clock.instant();
        List<StoredOrder> found = new ArrayList<>();
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(references));
        for (int start = 0; start < keys.size(); start += BATCH) {
            List<Map<String, AttributeValue>> wanted =
                    keys.subList(start, Math.min(keys.size(), start + BATCH)).stream()
                            .map(reference -> Map.of(OrderItemMapper.REFERENCE, AttributeValue.fromS(reference)))
                            .toList();
            Map<String, KeysAndAttributes> request = Map.of(
                    table,
                    KeysAndAttributes.builder()
                            .keys(wanted)
                            .consistentRead(true)
                            .build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> asked = request;
                BatchGetItemResponse page =
                        DynamoDbCalls.call(() -> dynamoDb.batchGetItem(batch -> batch.requestItems(asked)));
                page.responses().getOrDefault(table, List.of()).stream()
                        .filter(item -> !Expiry.hasPassed(item, now))
                        .map(OrderItemMapper::fromItem)
                        .forEach(found::add);
                // DynamoDB may leave some keys for later (size, throughput): asked again until none is left.
                request = page.hasUnprocessedKeys() && !page.unprocessedKeys().isEmpty()
                        ? page.unprocessedKeys()
                        : Map.of();
            }
        }
        return found;
    }

    @Override
    public StoredOrder change(OrderChange change, Instant now) {
        var request = OrderUpdate.of(change, now)
                .request(table, Map.of(OrderItemMapper.REFERENCE, AttributeValue.fromS(change.reference())));
        try {
            Map<String, AttributeValue> changed =
                    DynamoDbCalls.call(() -> dynamoDb.updateItem(request)).attributes();
            return OrderItemMapper.fromItem(changed);
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            throw new VersionConflictException();
        }
    }

    @Override
    public List<StoredOrder> holding(String emailHash) {
        return byEmail.records(emailHash, this::find);
    }

    @Override
    public void erase(OrderErasing erasing, Instant now) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(OrderErasureUpdate.of(table, erasing, now)));
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            throw new VersionConflictException();
        }
    }

    @Override
    public boolean deleteErased(String reference) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.deleteItem(delete -> delete.tableName(table)
                    .key(Map.of(OrderItemMapper.REFERENCE, AttributeValue.fromS(reference)))
                    .conditionExpression("attribute_exists(#erased) AND attribute_not_exists(#due)")
                    .expressionAttributeNames(
                            Map.of("#erased", OrderItemMapper.ERASED_AT, "#due", DynamoDbOutbox.DUE))));
            return true;
        } catch (ConditionalCheckFailedException stillSending) {
            return false;
        }
    }

    @Override
    public List<StoredOrder> atCounter(String counterId, LocalDate day) {
        String key = OrderItemMapper.counterDay(counterId, day);
        return query(query -> query.indexName(OrderItemMapper.BY_COUNTER_DAY)
                .keyConditionExpression("#key = :key")
                .expressionAttributeNames(Map.of("#key", OrderItemMapper.COUNTER_DAY))
                .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(key))));
    }

    /** Every live order an index query finds, page after page (the board's index projects whole orders). */
    private List<StoredOrder> query(Consumer<QueryRequest.Builder> onIndex) {
        Instant now = clock.instant();
        List<StoredOrder> orders = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = DynamoDbCalls.call(() -> dynamoDb.query(
                    query -> onIndex.accept(query.tableName(table).exclusiveStartKey(from))));
            page.items().stream()
                    .filter(item -> !Expiry.hasPassed(item, now))
                    .map(OrderItemMapper::fromItem)
                    .forEach(orders::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return orders;
    }

    private static Placement placement(IdempotentPut.Outcome outcome) {
        return new Placement(OrderItemMapper.fromItem(outcome.item()), outcome.created());
    }
}
