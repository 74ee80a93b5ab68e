package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.IdempotentPut;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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

    /** @param sweeperGrace how long the sweeper leaves a new order's e-mails to the stream notifier */
    DynamoDbOrderStore(DynamoDbClient dynamoDb, String table, Retention retention, Duration sweeperGrace, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.put = new IdempotentPut(dynamoDb);
        this.retention = retention;
        this.sweeperGrace = sweeperGrace;
        this.clock = clock;
    }

    @Override
    public Optional<Placement> replay(IdempotencyKey key, Instant now) {
        return put.find(table, OrderItemMapper.REFERENCE, key, now).map(DynamoDbOrderStore::placement);
    }

    @Override
    public Placement place(OrderRequest request, IdempotencyKey key, Instant now) {
        var item = OrderItemMapper.toItem(request, now, retention.orderExpiry(now), now.plus(sweeperGrace));
        return placement(put.put(table, OrderItemMapper.REFERENCE, key, item, now));
    }

    @Override
    public Optional<StoredOrder> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, OrderItemMapper.REFERENCE, reference, clock.instant())
                .map(OrderItemMapper::fromItem);
    }

    private static Placement placement(IdempotentPut.Outcome outcome) {
        return new Placement(OrderItemMapper.fromItem(outcome.item()), outcome.created());
    }
}
