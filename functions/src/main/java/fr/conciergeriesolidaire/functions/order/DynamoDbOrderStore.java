package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.IdempotentPut;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Orders in the DynamoDB table named by {@code ORDERS_TABLE}, keyed by reference ({@link OrderItemMapper}). An order
 * past its retention is absent, even before DynamoDB's TTL deletes it.
 */
final class DynamoDbOrderStore implements OrderStore {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final IdempotentPut put;
    private final Retention retention;
    private final Duration sweeperGrace;
    private final Clock clock;
    private final Optional<EmailKeys> emailKeys;

    /**
     * @param sweeperGrace how long the sweeper leaves a new order's e-mails to the stream notifier
     * @param emailKeys the customer's e-mail key of each new order (empty for functions that store no new order)
     */
    DynamoDbOrderStore(
            DynamoDbClient dynamoDb,
            String table,
            Retention retention,
            Duration sweeperGrace,
            Clock clock,
            Optional<EmailKeys> emailKeys) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.put = new IdempotentPut(dynamoDb);
        this.retention = retention;
        this.sweeperGrace = sweeperGrace;
        this.clock = clock;
        this.emailKeys = emailKeys;
    }

    @Override
    public Optional<Placement> replay(IdempotencyKey key, Instant now) {
        return put.find(table, OrderItemMapper.REFERENCE, key, now).map(DynamoDbOrderStore::placement);
    }

    @Override
    public Placement place(OrderRequest request, IdempotencyKey key, Instant now) {
        EmailKeys keys = emailKeys.orElseThrow(() -> new IllegalStateException("Storing orders needs HASH_SECRET"));
        var item = OrderItemMapper.toItem(
                request,
                now,
                retention.orderExpiry(now),
                now.plus(sweeperGrace),
                keys.of(request.customer().contact().email()));
        return placement(put.put(table, OrderItemMapper.REFERENCE, key, item, now));
    }

    @Override
    public Optional<StoredOrder> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, OrderItemMapper.REFERENCE, reference, clock.instant())
                .map(OrderItemMapper::fromItem);
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
    public List<StoredOrder> atCounter(String counterId, LocalDate day) {
        String key = OrderItemMapper.counterDay(counterId, day);
        return query(query -> query.indexName(OrderItemMapper.BY_COUNTER_DAY)
                .keyConditionExpression("#key = :key")
                .expressionAttributeNames(Map.of("#key", OrderItemMapper.COUNTER_DAY))
                .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(key))));
    }

    /** Every live order an index query finds, page after page (the indexes project whole orders). */
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
